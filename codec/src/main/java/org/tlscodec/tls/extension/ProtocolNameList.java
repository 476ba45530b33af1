package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import java.nio.charset.StandardCharsets;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * application_layer_protocol_negotiation:
 * {@code struct { ProtocolName protocol_name_list<2..2^16-1> } ProtocolNameList;} with
 * {@code opaque ProtocolName<1..2^8-1>;} (RFC 7301 section 3.1). The client offers a list; the
 * server answers with the same struct holding exactly one name (ServerHello in TLS 1.2,
 * EncryptedExtensions in TLS 1.3), a rule for the validation pass, not for the codec. Names are
 * bytes (the IANA registry holds octet strings, some not text), kept as sent.
 */
public record ProtocolNameList(Vector<Bytes> protocolNameList) implements Extension {
    public static final Codec<ProtocolNameList> CODEC = struct(
            field("protocol_name_list", vector(2, opaque(1, 1, 0xff), 2, 0xffff), ProtocolNameList::protocolNameList),
            ProtocolNameList::new);

    /** A list of names written as ASCII, e.g. {@code "h2", "http/1.1"}. */
    public static ProtocolNameList ofNames(String... names) {
        return new ProtocolNameList(Vector.of(names).map(n -> Bytes.of(n.getBytes(StandardCharsets.US_ASCII))));
    }

    /** The names as text, each byte read as ISO-8859-1 so that none is lost. */
    public Vector<String> names() {
        return protocolNameList.map(b -> new String(b.toArray(), StandardCharsets.ISO_8859_1));
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION;
    }
}
