package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.struct;

import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * Finished: {@code opaque verify_data[n]}, where n depends on the version. SSL 3.0 sends
 * {@code opaque md5_hash[16]; opaque sha_hash[20];} (RFC 6101 section 5.6.9), 36 bytes; TLS 1.0
 * to 1.2 send 12 (RFC 5246 section 7.4.9: the length every defined suite uses); TLS 1.3 sends an
 * HMAC with the suite's hash, Hash.length bytes (RFC 8446 section 4.4.4). A TLS 1.3 suite whose
 * hash is not known here takes the whole body, so it still round-trips.
 */
public record Finished(Bytes verifyData) implements HandshakeMessage {
    private static final Codec<Finished> SSL3 = build(fixed(36));
    private static final Codec<Finished> TLS = build(fixed(12));
    private static final Codec<Finished> SHA256 = build(fixed(32));
    private static final Codec<Finished> SHA384 = build(fixed(48));
    private static final Codec<Finished> WHOLE_BODY = build(remaining());

    private static Codec<Finished> build(Codec<Bytes> verifyData) {
        return struct(field("verify_data", verifyData, Finished::verifyData), Finished::new);
    }

    /** The codec for the negotiated version (and, in TLS 1.3, suite); none while the version is not known. */
    public static Option<Codec<Finished>> codec(WireContext ctx) {
        return Generation.of(ctx).map(g -> {
            switch (g) {
                case SSL3: return SSL3;
                case TLS13: return ctx.cipherSuite().flatMap(Finished::hashLength).map(Finished::ofLength).getOrElse(WHOLE_BODY);
                default: return TLS;
            }
        });
    }

    /** The hash length of a TLS 1.3 suite, read from the hash its name ends with; none if not one of these. */
    static Option<Integer> hashLength(CipherSuite suite) {
        Option<String> name = suite.name();
        if (name.exists(n -> n.endsWith("_SHA256") || n.endsWith("_SM3"))) {
            return Option.some(32);
        }
        return name.exists(n -> n.endsWith("_SHA384")) ? Option.some(48) : Option.none();
    }

    private static Codec<Finished> ofLength(int n) {
        return n == 48 ? SHA384 : SHA256;
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.FINISHED;
    }
}
