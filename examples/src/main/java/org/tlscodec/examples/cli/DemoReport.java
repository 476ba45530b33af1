package org.tlscodec.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.Decoded;
import org.tlscodec.examples.demo.DemoClientHello;
import org.tlscodec.examples.demo.DemoExtension;
import org.tlscodec.examples.demo.DemoHandshake;
import org.tlscodec.examples.demo.DemoRecord;

/**
 * What {@code tlscodec demo} found, as a JSON tree: field names as the RFC writes them, code
 * points as hex strings ({@code "0x1301"}), opaque values as hex. Either the decoded record with
 * {@code bytes_consumed} and {@code roundtrip}, or {@code error} with path, offset and reason.
 */
record DemoReport(ObjectNode json, boolean decoded) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** TLSPlaintext: content_type (1) + legacy_record_version (2) + length (2). */
    private static final int RECORD_HEADER = 5;
    /** Handshake: msg_type (1) + length (3). */
    private static final int HANDSHAKE_HEADER = 4;

    static DemoReport of(DemoInput input) {
        return DemoRecord.CODEC.decodePrefix(input.bytes()).fold(
                error -> failure(input, error),
                decoded -> success(input, decoded));
    }

    private static DemoReport success(DemoInput input, Decoded<DemoRecord> decoded) {
        int consumed = input.bytes().size() - decoded.remainder().size();
        Bytes original = input.bytes().take(consumed);
        boolean roundtrip = DemoRecord.CODEC.encode(decoded.value()).map(original::equals).getOrElse(false);
        ObjectNode json = NODES.objectNode();
        json.put("input", input.name());
        json.put("input_length", input.bytes().size());
        json.set("record", record(decoded.value(), consumed));
        json.put("bytes_consumed", consumed);
        json.put("roundtrip", roundtrip);
        return new DemoReport(json, true);
    }

    private static DemoReport failure(DemoInput input, CodecError error) {
        ObjectNode detail = NODES.objectNode();
        detail.put("kind", error.getClass().getSimpleName());
        detail.put("path", error.path().toString());
        detail.put("offset", error.offset());
        detail.put("reason", error.reason());
        ObjectNode json = NODES.objectNode();
        json.put("input", input.name());
        json.put("input_length", input.bytes().size());
        json.set("error", detail);
        return new DemoReport(json, false);
    }

    // The length fields are not kept in the values: a framed value fills its frame exactly, so
    // they follow from the bytes the record took.
    private static ObjectNode record(DemoRecord r, int consumed) {
        int length = consumed - RECORD_HEADER;
        ObjectNode json = NODES.objectNode();
        json.put("content_type", code(r.contentType(), 1));
        json.put("legacy_record_version", code(r.legacyRecordVersion(), 2));
        json.put("length", length);
        json.set("fragment", handshake(r.fragment(), length - HANDSHAKE_HEADER));
        return json;
    }

    private static ObjectNode handshake(DemoHandshake h, int length) {
        ObjectNode json = NODES.objectNode();
        json.put("msg_type", code(h.msgType(), 1));
        json.put("length", length);
        json.set("body", clientHello(h.body()));
        return json;
    }

    private static ObjectNode clientHello(DemoClientHello ch) {
        ObjectNode json = NODES.objectNode();
        json.put("legacy_version", code(ch.legacyVersion(), 2));
        json.put("random", ch.random().hex());
        json.put("legacy_session_id", ch.legacySessionId().hex());
        ArrayNode suites = json.putArray("cipher_suites");
        ch.cipherSuites().forEach(s -> suites.add(code(s, 2)));
        json.put("legacy_compression_methods", ch.legacyCompressionMethods().hex());
        ArrayNode extensions = json.putArray("extensions");
        ch.extensions().forEach(e -> extensions.add(extension(e)));
        return json;
    }

    private static ObjectNode extension(DemoExtension e) {
        ObjectNode json = NODES.objectNode();
        json.put("extension_type", code(e.extensionType(), 2));
        json.put("extension_data", e.extensionData().hex());
        return json;
    }

    /** A code point as the RFCs write it: {@code 0x16}, {@code 0x1301}. */
    static String code(int value, int width) {
        return String.format("0x%0" + (2 * width) + "x", value);
    }
}
