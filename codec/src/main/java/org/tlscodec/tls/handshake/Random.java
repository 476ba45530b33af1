package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint32;

import io.vavr.control.Option;
import org.tlscodec.codec.ByteWriter;
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

    /**
     * TLS 1.2 and before: the sender's clock, then 28 random bytes. The record holds the 32 bytes
     * as sent (a hello encodes and decodes them as they are); {@link #gmtUnixTime} and
     * {@link #randomBytes} read the two fields from them.
     *
     * @param bytes the 32 bytes: {@code gmt_unix_time} big-endian, then {@code random_bytes}
     */
    record Tls12(Bytes bytes) implements Random {
        public static final Codec<Tls12> CODEC = struct(
                field("gmt_unix_time", uint32(), Tls12::gmtUnixTime),
                field("random_bytes", fixed(28), Tls12::randomBytes),
                Tls12::new);

        /** The 32 bytes; any other size is refused with {@link IllegalArgumentException}. */
        public Tls12 {
            if (bytes.size() != 32) {
                throw new IllegalArgumentException("a Random is 32 bytes, not " + bytes.size());
            }
        }

        /**
         * The random of a clock ({@code 0..2^32-1}) and 28 random bytes; anything else is refused
         * with {@link IllegalArgumentException}, since it has no 32-byte form.
         */
        public Tls12(long gmtUnixTime, Bytes randomBytes) {
            this(join(gmtUnixTime, randomBytes));
        }

        private static Bytes join(long gmtUnixTime, Bytes randomBytes) {
            if (gmtUnixTime < 0 || gmtUnixTime > 0xffffffffL || randomBytes.size() != 28) {
                throw new IllegalArgumentException("gmt_unix_time is a uint32 and random_bytes 28 bytes, not "
                        + gmtUnixTime + " and " + randomBytes.size() + " bytes");
            }
            ByteWriter out = new ByteWriter(32);
            out.writeUint32(gmtUnixTime);
            out.writeBytes(randomBytes);
            return out.toBytes();
        }

        /** The sender's clock: the first 4 bytes, big-endian, as seconds since 1970 (RFC 5246 section 7.4.1.2). */
        public long gmtUnixTime() {
            return (long) bytes.get(0) << 24 | bytes.get(1) << 16 | bytes.get(2) << 8 | bytes.get(3);
        }

        /** The 28 bytes after the clock. */
        public Bytes randomBytes() {
            return bytes.drop(4);
        }

        /** As the two fields of RFC 5246 read them. */
        @Override
        public String toString() {
            return "Tls12[gmtUnixTime=" + gmtUnixTime() + ", randomBytes=" + randomBytes() + "]";
        }
    }

    /** TLS 1.3: 32 opaque bytes. */
    record Tls13(Bytes bytes) implements Random {
        public static final Codec<Tls13> CODEC = fixed(32).xmap(Tls13::new, Tls13::bytes);
    }

    /** The 32 bytes read as TLS 1.3 ({@code tls13}) or earlier versions read them. */
    static Random of(Bytes thirtyTwo, boolean tls13) {
        return tls13 || thirtyTwo.size() != 32 ? new Tls13(thirtyTwo) : new Tls12(thirtyTwo);
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
