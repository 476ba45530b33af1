package org.tlscodec.tls.extension;

import org.tlscodec.tls.registry.IdentifierType;
import static org.tlscodec.codec.Codecs.dependent;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.provide;
import static org.tlscodec.codec.Codecs.remaining;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * {@code struct { IdentifierType identifier_type; select (identifier_type) { case pre_agreed:
 * struct {}; case key_sha1_hash: SHA1Hash; case x509_name: DistinguishedName; case cert_sha1_hash:
 * SHA1Hash; } identifier; } TrustedAuthority;} (RFC 6066 section 6).
 *
 * <p>The identifier is kept as its bytes: empty for pre_agreed, the 20 bytes of {@code opaque
 * SHA1Hash[20]}, or the DER of {@code opaque DistinguishedName<1..2^16-1>} (its length prefix is
 * the wire's, not part of the value). An identifier_type this library does not know has no known
 * length, so its identifier is the rest of the list: that keeps the bytes exactly, at the price of
 * not reading any authority after it.
 */
public record TrustedAuthority(IdentifierType identifierType, Bytes identifier) {
    private static final Codec<Bytes> PRE_AGREED = provide(Bytes.empty()).named("struct {}");
    private static final Codec<Bytes> SHA1_HASH = fixed(20).named("SHA1Hash");
    private static final Codec<Bytes> DISTINGUISHED_NAME = opaque(2, 1, 0xffff).named("DistinguishedName");

    public static final Codec<TrustedAuthority> CODEC = dependent(
            IdentifierType.CODEC.withContext("identifier_type"),
            TrustedAuthority::identifierType,
            t -> identifierCodec(t).withContext("identifier").xmap(b -> new TrustedAuthority(t, b), TrustedAuthority::identifier))
            .named("TrustedAuthority");

    /** A SHA-1 hash of the CA's key ({@code key_sha1_hash}). */
    public static TrustedAuthority keySha1Hash(Bytes hash) {
        return new TrustedAuthority(IdentifierType.KEY_SHA1_HASH, hash);
    }

    /** A SHA-1 hash of the CA's certificate ({@code cert_sha1_hash}). */
    public static TrustedAuthority certSha1Hash(Bytes hash) {
        return new TrustedAuthority(IdentifierType.CERT_SHA1_HASH, hash);
    }

    /** The DER of the CA's distinguished name ({@code x509_name}). */
    public static TrustedAuthority x509Name(Bytes derName) {
        return new TrustedAuthority(IdentifierType.X509_NAME, derName);
    }

    /** A CA the two ends agreed on beforehand ({@code pre_agreed}). */
    public static TrustedAuthority preAgreed() {
        return new TrustedAuthority(IdentifierType.PRE_AGREED, Bytes.empty());
    }

    private static Codec<Bytes> identifierCodec(IdentifierType type) {
        if (type.equals(IdentifierType.PRE_AGREED)) {
            return PRE_AGREED;
        }
        if (type.equals(IdentifierType.KEY_SHA1_HASH) || type.equals(IdentifierType.CERT_SHA1_HASH)) {
            return SHA1_HASH;
        }
        if (type.equals(IdentifierType.X509_NAME)) {
            return DISTINGUISHED_NAME;
        }
        return remaining();
    }
}
