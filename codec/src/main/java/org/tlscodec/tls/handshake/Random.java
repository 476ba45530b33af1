package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint32;

import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * The 32 random bytes of a hello, read the way the version in play reads them: up to TLS 1.2
 * {@code struct { uint32 gmt_unix_time; opaque random_bytes[28]; } Random;} (RFC 5246 section
 * 7.4.1.2), in TLS 1.3 {@code opaque Random[32];} (RFC 8446 section 4.1.2), which dropped the
 * clock. Both are the same 32 bytes on the wire; the hello codecs choose the variant from the
 * hello's supported_versions.
 */
public sealed interface Random {

    /** The special random of a HelloRetryRequest: SHA-256("HelloRetryRequest") (RFC 8446 section 4.1.3). */
    Bytes HELLO_RETRY_REQUEST = Bytes.fromHex("cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c");

    /** The last 8 bytes a TLS 1.3 server writes when it negotiates TLS 1.2 (RFC 8446 section 4.1.3). */
    Bytes DOWNGRADE_TLS12 = Bytes.fromHex("444f574e47524401");

    /** The last 8 bytes a TLS 1.3 server writes when it negotiates TLS 1.1 or below. */
    Bytes DOWNGRADE_TLS11 = Bytes.fromHex("444f574e47524400");

    /** The 32 bytes as sent. */
    Bytes bytes();

    /** TLS 1.2 and before: the sender's clock, then 28 random bytes. */
    record Tls12(long gmtUnixTime, Bytes randomBytes) implements Random {
        public static final Codec<Tls12> CODEC = struct(
                field("gmt_unix_time", uint32(), Tls12::gmtUnixTime),
                field("random_bytes", fixed(28), Tls12::randomBytes),
                Tls12::new);

        @Override
        public Bytes bytes() {
            return CODEC.encode(this).getOrElse(Bytes::empty);
        }
    }

    /** TLS 1.3: 32 opaque bytes. */
    record Tls13(Bytes bytes) implements Random {
        public static final Codec<Tls13> CODEC = fixed(32).xmap(Tls13::new, Tls13::bytes);
    }

    /** The 32 bytes read as TLS 1.3 ({@code tls13}) or earlier versions read them. */
    static Random of(Bytes thirtyTwo, boolean tls13) {
        if (tls13 || thirtyTwo.size() != 32) {
            return new Tls13(thirtyTwo);
        }
        return Tls12.CODEC.decode(thirtyTwo).map(r -> (Random) r).getOrElse(() -> new Tls13(thirtyTwo));
    }

    /**
     * The version a TLS 1.3 server says it was held down to, from the sentinel in the last 8 bytes
     * (RFC 8446 section 4.1.3): TLS 1.2, or TLS 1.1 for "1.1 or below"; none without a sentinel.
     */
    default Option<ProtocolVersion> downgradeSentinel() {
        Bytes b = bytes();
        if (b.size() != 32) {
            return Option.none();
        }
        Bytes tail = b.drop(24);
        if (tail.equals(DOWNGRADE_TLS12)) {
            return Option.some(ProtocolVersion.TLS_1_2);
        }
        return tail.equals(DOWNGRADE_TLS11) ? Option.some(ProtocolVersion.TLS_1_1) : Option.none();
    }
}
