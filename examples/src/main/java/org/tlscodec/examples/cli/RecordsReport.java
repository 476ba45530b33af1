package org.tlscodec.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.RenderedText;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.record.Alert;
import org.tlscodec.tls.record.HandshakeReassembly;
import org.tlscodec.tls.record.ReassembledHandshake;
import org.tlscodec.tls.record.RecordStream;
import org.tlscodec.tls.record.StreamRecord;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.ContentType;

/**
 * The walk behind {@code tlscodec records}: the bytes one side of a connection sent, split into
 * records; every record decoded and re-encoded, handshake messages reassembled across records and
 * decoded with the context the handshake so far gives ({@link HandshakeDecoder}); after that
 * side's change_cipher_spec, records are opaque. One JSON object a record.
 */
final class RecordsReport {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Vector<ObjectNode> records;
    private final Vector<String> trees;
    private final boolean allExact;

    private RecordsReport(Vector<ObjectNode> records, Vector<String> trees, boolean allExact) {
        this.records = records;
        this.trees = trees;
        this.allExact = allExact;
    }

    Vector<ObjectNode> records() {
        return records;
    }

    Vector<String> trees() {
        return trees;
    }

    /** True when every record and every message decoded and re-encoded to its very bytes. */
    boolean allExact() {
        return allExact;
    }

    static RecordsReport of(Bytes input, boolean lenient) {
        RecordStream stream = RecordStream.split(input);
        Vector<StreamRecord> split = stream.records();

        // Handshake messages: reassembled over the handshake records before this side's change_cipher_spec.
        Vector<Integer> handshakeRecords = Vector.empty();
        Vector<Bytes> fragments = Vector.empty();
        boolean protectedFromHere = false;
        for (int i = 0; i < split.size(); i++) {
            if (!(split.get(i) instanceof StreamRecord.Tls t)) {
                continue;
            }
            ContentType type = t.record().type();
            if (type.equals(ContentType.CHANGE_CIPHER_SPEC)) {
                protectedFromHere = true;
            }
            if (type.equals(ContentType.HANDSHAKE) && (!protectedFromHere || isPlaintextHello(t.record().fragment()))) {
                handshakeRecords = handshakeRecords.append(i);
                fragments = fragments.append(t.record().fragment());
            }
        }
        HandshakeReassembly reassembly = HandshakeReassembly.reassemble(fragments);
        Map<Integer, Vector<ReassembledHandshake>> byRecord = HashMap.empty();
        for (ReassembledHandshake m : reassembly.messages()) {
            int record = handshakeRecords.get(m.lastRecord());
            byRecord = byRecord.put(record, byRecord.get(record).getOrElse(Vector.empty()).append(m));
        }

        Vector<ObjectNode> out = Vector.empty();
        Vector<String> trees = Vector.empty();
        boolean exact = stream.isComplete() && reassembly.isComplete();
        WireContext context = WireContext.initial().withLenient(lenient);
        boolean opaque = false;
        boolean sslv2Clear = true;
        for (int i = 0; i < split.size(); i++) {
            StreamRecord r = split.get(i);
            Bytes wire = input.slice(r.offset(), r.end());
            ObjectNode json = F.objectNode();
            json.put("offset", r.offset());
            ArrayNode messages = F.arrayNode();
            StringBuilder tree = new StringBuilder();
            if (r instanceof StreamRecord.SSLv2 s) {
                json.put("content_type", -1);
                json.put("content_type_name", "sslv2");
                json.put("version", "0x0002");
                json.put("length", s.record().data().size());
                boolean same = org.tlscodec.tls.record.SSLv2Record.CODEC.encode(s.record()).map(wire::equals).getOrElse(false);
                json.put("roundtrip", same);
                exact &= same;
                // SSL 2.0 sends CLIENT-HELLO, CLIENT-MASTER-KEY and SERVER-HELLO in the clear; the
                // master key (client) or the server's hello (server) is the last clear message of a side.
                Bytes data = s.record().data();
                int msgType = data.isEmpty() ? -1 : data.get(0);
                Either<CodecError, org.tlscodec.tls.sslv2.SSLv2Message> message = sslv2Clear && (msgType == 1 || msgType == 2 || msgType == 4)
                        ? org.tlscodec.tls.sslv2.SSLv2Message.CODEC.decode(data) : Either.left(new CodecError.Invalid(org.tlscodec.codec.Path.root(), 0, "protected"));
                if (message.isRight() && org.tlscodec.tls.sslv2.SSLv2Message.CODEC.encode(message.get()).map(data::equals).getOrElse(false)) {
                    messages.add(RenderedJson.of(org.tlscodec.tls.sslv2.SSLv2Message.CODEC.render(message.get())));
                    sslv2Clear = msgType == 1;
                } else {
                    messages.add(F.objectNode().put("opaque_length", data.size()));
                    sslv2Clear = false;
                }
                json.set("messages", messages);
                out = out.append(json);
                trees = trees.append(RenderedText.tree("SSLv2 record @" + r.offset(), org.tlscodec.tls.record.SSLv2Record.CODEC.render(s.record())));
                continue;
            }
            TLSPlaintext record = ((StreamRecord.Tls) r).record();
            ContentType type = record.type();
            json.put("content_type", type.code());
            json.put("content_type_name", type.display());
            json.put("version", record.legacyRecordVersion().hexCode());
            json.put("length", record.fragment().size());
            boolean same = TLSPlaintext.CODEC_OVERSIZE_ALLOWED.encode(record).map(wire::equals).getOrElse(false);
            tree.append(RenderedText.tree("TLS record @" + r.offset(), TLSPlaintext.CODEC_OVERSIZE_ALLOWED.render(record)));
            if ((opaque && !(type.equals(ContentType.HANDSHAKE) && isPlaintextHello(record.fragment())))
                    || type.equals(ContentType.APPLICATION_DATA)) {
                messages.add(F.objectNode().put("opaque_length", record.fragment().size()));
            } else if (type.equals(ContentType.CHANGE_CIPHER_SPEC)) {
                messages.add(F.objectNode().put("change_cipher_spec", record.fragment().hex()));
                opaque = true;
            } else if (type.equals(ContentType.ALERT)) {
                Either<CodecError, Alert> alert = Alert.CODEC.decode(record.fragment());
                if (alert.isRight()) {
                    messages.add(F.objectNode()
                            .put("level", alert.get().level().code())
                            .put("description", alert.get().description().code())
                            .put("name", alert.get().description().display()));
                } else {
                    messages.add(error(alert.getLeft()));
                    same = false;
                }
            } else if (type.equals(ContentType.HANDSHAKE)) {
                for (ReassembledHandshake m : byRecord.get(i).getOrElse(Vector.empty())) {
                    HandshakeDecoder.Decoded d = HandshakeDecoder.decode(context, m.bytes());
                    messages.add(d.json());
                    tree.append(d.tree());
                    same &= d.exact();
                    context = d.next();
                }
            } else {
                messages.add(F.objectNode().put("opaque_length", record.fragment().size()));
            }
            json.put("roundtrip", same);
            exact &= same;
            json.set("messages", messages);
            out = out.append(json);
            trees = trees.append(tree.toString());
        }
        if (!stream.isComplete()) {
            ObjectNode tail = F.objectNode();
            tail.put("offset", input.size() - stream.leftover().size());
            tail.put("leftover_length", stream.leftover().size());
            stream.error().forEach(e -> tail.set("error", error(e)));
            out = out.append(tail);
            trees = trees.append("###[ leftover @" + tail.get("offset").asInt() + " ]###\n  " + stream.leftover().size()
                    + " bytes: " + stream.error().map(CodecError::describe).getOrElse("") + "\n");
        }
        return new RecordsReport(out, trees, exact);
    }

    /**
     * After a change_cipher_spec, TLS 1.2 protects everything, but TLS 1.3 sends CCS only for
     * middleboxes (RFC 8446 appendix D.4) and may still send a plaintext hello after it: the second
     * ClientHello after a HelloRetryRequest, or the ServerHello after the HRR's CCS. Such a record
     * decodes whole as a hello with the handshake codec; an encrypted TLS 1.2 Finished does not.
     */
    private static boolean isPlaintextHello(Bytes fragment) {
        return org.tlscodec.tls.handshake.Handshake.codec(WireContext.initial()).decode(fragment)
                .exists(m -> m instanceof org.tlscodec.tls.handshake.ClientHello
                        || m instanceof org.tlscodec.tls.handshake.ServerHello
                        || m instanceof org.tlscodec.tls.handshake.HelloRetryRequest);
    }

    static ObjectNode error(CodecError e) {
        ObjectNode o = F.objectNode();
        ObjectNode err = F.objectNode();
        err.put("kind", e.kind());
        err.put("path", e.path().toString());
        err.put("offset", e.offset());
        err.put("reason", e.reason());
        o.set("error", err);
        return o;
    }

    static JsonNode array(Vector<? extends JsonNode> nodes) {
        ArrayNode a = F.arrayNode();
        nodes.forEach(a::add);
        return a;
    }
}
