package org.tlscodec.crypto.kx;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque16;
import static org.tlscodec.codec.Codecs.struct;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * The premaster secret of the PSK key exchanges, one structure for all four (RFC 4279 section 2):
 *
 * <pre>
 * struct {
 *     opaque other_secret&lt;0..2^16-1&gt;;
 *     opaque psk&lt;0..2^16-1&gt;;
 * };
 * </pre>
 *
 * <p>They differ only in other_secret: N zero bytes for plain PSK (N = the PSK's length, RFC 4279
 * section 2); the Diffie-Hellman Z with leading zeros stripped for DHE_PSK (section 3); the 48-byte
 * RSA premaster for RSA_PSK (section 4); the ECDH x coordinate for ECDHE_PSK (RFC 5489 section 2).
 * {@link #CODEC} reads and writes the structure; {@code toString} shows only sizes.
 */
public record PskPremaster(Bytes otherSecret, Bytes psk) {

    /** The structure on the wire. */
    public static final Codec<PskPremaster> CODEC = struct(
            field("other_secret", opaque16(), PskPremaster::otherSecret),
            field("psk", opaque16(), PskPremaster::psk),
            PskPremaster::new);

    /** Plain PSK: other_secret is as many zero bytes as the PSK has (RFC 4279 section 2). */
    public static Either<KxError, Bytes> plain(Bytes psk) {
        return new PskPremaster(Bytes.zeros(psk.size()), psk).encode();
    }

    /**
     * DHE_PSK: other_secret is the Diffie-Hellman result "as in TLS", leading zero bytes stripped
     * (RFC 4279 section 3, RFC 5246 section 8.1.2); {@code z} may come in either encoding.
     */
    public static Either<KxError, Bytes> dhePsk(Bytes z, Bytes psk) {
        int zeros = 0;
        while (zeros < z.size() && z.get(zeros) == 0) {
            zeros++;
        }
        return new PskPremaster(z.drop(zeros), psk).encode();
    }

    /** ECDHE_PSK: other_secret is the ECDH shared secret, the x coordinate in the field's length (RFC 5489 section 2). */
    public static Either<KxError, Bytes> ecdhePsk(Bytes sharedX, Bytes psk) {
        return new PskPremaster(sharedX, psk).encode();
    }

    /** RSA_PSK: other_secret is the 48-byte premaster the client encrypted (RFC 4279 section 4). */
    public static Either<KxError, Bytes> rsaPsk(Bytes rsaPremaster, Bytes psk) {
        if (rsaPremaster.size() != RsaPremaster.LENGTH) {
            return Either.left(new KxError.WrongLength("RSA_PSK other_secret (the RSA premaster)", RsaPremaster.LENGTH, rsaPremaster.size()));
        }
        return new PskPremaster(rsaPremaster, psk).encode();
    }

    /** The structure's bytes; both fields must fit their 16-bit lengths. */
    public Either<KxError, Bytes> encode() {
        return CODEC.encode(this).mapLeft(e -> new KxError.InvalidParameters("PSK premaster", e.describe()));
    }

    @Override
    public String toString() {
        return "PskPremaster[otherSecret=" + Hidden.bytes(otherSecret) + ", psk=" + Hidden.bytes(psk) + "]";
    }
}
