package org.tlscodec.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.capture.Endpoint;
import org.tlscodec.session.conversation.ConversationSummary;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.dissect.CaptureDissection;
import org.tlscodec.session.dissect.ConnectionDissection;
import org.tlscodec.session.dissect.DissectError;
import org.tlscodec.session.record.RecordContent;
import org.tlscodec.tls.sslv2.SSLv2Message;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.record.ChangeCipherSpec;
import org.tlscodec.tls.registry.RegistryValue;

/**
 * The output of {@code tlscodec dissect}: a {@link CaptureDissection} as JSON objects, one per
 * record in the schema of {@code tlscodec records} ({@code offset}, {@code content_type},
 * {@code content_type_name}, {@code version}, {@code length}, {@code roundtrip}, {@code messages})
 * plus {@code conn}, {@code dir}, {@code protected}, {@code decrypted}, {@code inner_type} and
 * {@code error}; after each connection's records, its errors that belong to no record and one
 * summary object; after all connections, the capture's own errors. Handshake messages, as the
 * session decoded them, are rendered (and checked to re-encode to their bytes) by
 * {@link HandshakeDecoder}, as {@code records} does, with the context the connection's ServerHello
 * gives; they are not decoded a second time.
 */
final class DissectReport {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** One output object, and the heading its tree is printed under. */
    record Item(String heading, ObjectNode json) {
    }

    private DissectReport() {
    }

    static Vector<Item> of(CaptureDissection d) {
        Vector<Item> out = Vector.empty();
        for (ConnectionDissection c : d.connections()) {
            out = out.appendAll(connection(c));
        }
        for (DissectError e : d.errors()) {
            out = out.append(new Item("error", F.objectNode().put("error", e.message())));
        }
        return out;
    }

    private static Vector<Item> connection(ConnectionDissection c) {
        Vector<Item> out = Vector.empty();
        WireContext context = WireContext.initial();
        for (DissectedRecord r : c.records()) {
            ObjectNode json = F.objectNode();
            json.put("conn", c.number());
            json.put("dir", dir(r.sender()));
            json.put("offset", r.offset());
            boolean sslv2 = r.version().code() == 0x0002;
            json.put("content_type", sslv2 ? -1 : r.type().code());
            json.put("content_type_name", sslv2 ? "sslv2" : r.type().display());
            json.put("version", r.version().hexCode());
            json.put("length", r.length());
            json.put("protected", r.protectedRecord());
            json.put("decrypted", r.decrypted());
            r.innerType().forEach(t -> json.put("inner_type", t.code()));
            ArrayNode messages = F.arrayNode();
            boolean exact = true;
            if (r.protectedRecord() && !r.decrypted() || sslv2 && r.contents().isEmpty()) {
                messages.add(F.objectNode().put("opaque_length", r.length()));
            }
            for (RecordContent content : r.contents()) {
                if (content instanceof RecordContent.HandshakeContent h) {
                    HandshakeDecoder.Decoded m = HandshakeDecoder.decoded(context, h.message(), h.bytes());
                    messages.add(m.json());
                    exact &= m.exact();
                    context = m.next();
                } else if (content instanceof RecordContent.AlertContent a) {
                    messages.add(F.objectNode()
                            .put("level", a.alert().level().code())
                            .put("description", a.alert().description().code())
                            .put("name", a.alert().description().display()));
                } else if (content instanceof RecordContent.ChangeCipherSpecContent ccs) {
                    messages.add(F.objectNode().put("change_cipher_spec",
                            ChangeCipherSpec.CODEC.encode(ccs.changeCipherSpec()).map(Bytes::hex).getOrElse("")));
                } else if (content instanceof RecordContent.ApplicationData data) {
                    messages.add(F.objectNode().put("app_data", data.data().hex()));
                } else if (content instanceof RecordContent.SslV2MessageContent v2) {
                    // The message as the codec renders it, and whether its bytes come back from the value.
                    messages.add(RenderedJson.of(SSLv2Message.CODEC.render(v2.message())));
                    exact &= SSLv2Message.CODEC.encode(v2.message()).map(v2.bytes()::equals).getOrElse(false);
                } else if (content instanceof RecordContent.OtherContent other) {
                    messages.add(F.objectNode().put("other_type", other.type().code()).put("data", other.bytes().hex()));
                }
            }
            json.put("roundtrip", exact);
            json.set("messages", messages);
            r.error().forEach(e -> json.put("error", e));
            out = out.append(new Item("conn " + c.number() + " " + dir(r.sender()) + " record @" + r.offset(), json));
        }
        for (DissectError e : c.errors().filter(e -> !(e instanceof DissectError.Record))) {
            out = out.append(new Item("conn " + c.number() + " error", F.objectNode().put("conn", c.number()).put("error", e.message())));
        }
        ObjectNode summary = F.objectNode();
        summary.put("conn", c.number());
        summary.set("summary", summary(c));
        return out.append(new Item("conn " + c.number() + " summary", summary));
    }

    private static ObjectNode summary(ConnectionDissection c) {
        ConversationSummary s = c.summary();
        ObjectNode o = F.objectNode();
        text(o, "client", c.client().map(Endpoint::text));
        text(o, "server", c.server().map(Endpoint::text));
        text(o, "version", s.version().map(RegistryValue::hexCode));
        text(o, "cipher_suite", s.cipherSuite().map(RegistryValue::hexCode));
        text(o, "sni", s.serverName());
        text(o, "alpn", s.alpn());
        o.put("resumed", s.resumed());
        o.put("decrypted", s.decrypted());
        o.put("records", c.records().size());
        o.put("errors", c.errors().size());
        return o;
    }

    private static void text(ObjectNode o, String name, Option<String> value) {
        if (value.isDefined()) {
            o.put(name, value.get());
        } else {
            o.putNull(name);
        }
    }

    private static String dir(ConnectionEnd sender) {
        return sender == ConnectionEnd.CLIENT ? "client" : "server";
    }
}
