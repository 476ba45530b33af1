package org.tlscodec.tls.sslv2;

import org.tlscodec.tls.registry.SSLv2MessageType;
import static org.tlscodec.codec.Codecs.dependent;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.provide;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;

import io.vavr.Tuple;
import io.vavr.Tuple4;
import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SslV2CipherKind;

/**
 * CLIENT-HELLO (draft-hickman-netscape-ssl-00, "Client Only Protocol Messages"), after its type
 * byte: {@code CLIENT-VERSION[2] CIPHER-SPECS-LENGTH[2] SESSION-ID-LENGTH[2] CHALLENGE-LENGTH[2]}
 * then the three data parts in that order. The lengths all come first, so they are the head of a
 * {@code dependent} codec and are written from the data, never stored.
 *
 * <p>TLS clients sent this form too, with version 3.x and TLS suites as cipher kinds whose first
 * byte is 0 (RFC 5246 appendix E.2): {@link #tlsCipherSuites()}.
 */
public record SSLv2ClientHello(ProtocolVersion version, Vector<SslV2CipherKind> cipherSpecs, Bytes sessionId, Bytes challenge)
        implements SSLv2Message {

    private static final Codec<Tuple4<ProtocolVersion, Integer, Integer, Integer>> HEAD = struct(
            field("version", ProtocolVersion.CODEC, Tuple4::_1),
            field("cipher_specs_length", uint16(), Tuple4::_2),
            field("session_id_length", uint16(), Tuple4::_3),
            field("challenge_length", uint16(), Tuple4::_4),
            Tuple::of);

    public static final Codec<SSLv2ClientHello> CODEC = dependent(HEAD,
            v -> Tuple.of(v.version(), SSLv2CipherSpecs.length(v.cipherSpecs()), v.sessionId().size(), v.challenge().size()),
            h -> struct(
                    field("version", provide(h._1), SSLv2ClientHello::version),
                    field("cipher_specs", SSLv2CipherSpecs.exactly(h._2), SSLv2ClientHello::cipherSpecs),
                    field("session_id", fixed(h._3), SSLv2ClientHello::sessionId),
                    field("challenge", fixed(h._4), SSLv2ClientHello::challenge),
                    SSLv2ClientHello::new));

    @Override
    public SSLv2MessageType msgType() {
        return SSLv2MessageType.CLIENT_HELLO;
    }

    /** The TLS cipher suites among the cipher kinds, in order (RFC 5246 appendix E.2). */
    public Vector<CipherSuite> tlsCipherSuites() {
        return cipherSpecs.flatMap(SslV2CipherKind::tlsSuite);
    }
}
