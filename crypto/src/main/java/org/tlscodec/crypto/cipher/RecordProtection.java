package org.tlscodec.crypto.cipher;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.suite.CipherKind;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.crypto.suite.MacAlgorithm;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * The protection of one direction of a connection: {@code seal} turns a plaintext fragment into a
 * protected one, {@code open} the reverse, both over (sequence number, content type, record version,
 * bytes). The record header itself is the caller's (the record layer's); the type and version given
 * are the header's, and they enter the MAC or the additional data.
 *
 * <p><b>State.</b> Each call answers the protection to use for the next record ({@code next()}):
 * the value itself for stateless ciphers, a new value carrying the chained IV for SSL 3.0 / TLS 1.0
 * CBC, and a new handle on the advanced keystream for RC4. An RC4 keystream cannot be copied, so
 * its states are linear: using a state after its successor exists answers
 * {@link CipherError.StaleState} instead of wrong bytes. A protection value holds JCA/Bouncy Castle
 * objects and is confined to one thread (one direction of one connection), as a record layer is.
 *
 * <p><b>Errors.</b> No exception escapes: padding, MAC and tag failures are one
 * {@link CipherError.BadRecordMac}, checked without branching on secret data.
 */
public interface RecordProtection {

    /** Protects a fragment of {@code type}: for TLS 1.3 the real (inner) type; the result's {@code type} goes in the header. */
    Either<CipherError, Sealed> seal(long sequenceNumber, ContentType type, ProtocolVersion version, Bytes plaintext);

    /** Unprotects a fragment that came in a record with header {@code type} and {@code version}. */
    Either<CipherError, Opened> open(long sequenceNumber, ContentType type, ProtocolVersion version, Bytes ciphertext);

    /**
     * As {@link #open}, for a {@code ciphertext} in an array made for it that nothing reads again
     * once it is opened (a record joined from the segments that brought it, which a passive reader
     * drops after reading): the plaintext may be written over the ciphertext ({@link Bytes#overwrite}),
     * saving an array the record's size. The AEAD suites whose cipher is the JCA's do so, and leave
     * the ciphertext as it was when it does not open (the tag is checked before anything is
     * written); the others open it as {@link #open} does.
     */
    default Either<CipherError, Opened> openInPlace(long sequenceNumber, ContentType type, ProtocolVersion version, Bytes ciphertext) {
        return open(sequenceNumber, type, version, ciphertext);
    }

    /** The suite this protection runs. */
    CipherSuiteInfo suite();

    /**
     * A sealed fragment.
     *
     * @param type  the content type to put in the record header (application_data under TLS 1.3)
     * @param bytes the protected fragment
     * @param next  the protection for the next record
     */
    record Sealed(ContentType type, Bytes bytes, RecordProtection next) {
    }

    /**
     * An opened fragment.
     *
     * @param type  the real content type (the inner type under TLS 1.3)
     * @param bytes the plaintext
     * @param next  the protection for the next record
     */
    record Opened(ContentType type, Bytes bytes, RecordProtection next) {
    }

    /**
     * The protection for {@code suite} in {@code version} with one direction's keys. The key must be
     * the cipher's (expanded, for export suites) key, the MAC key the MAC's length, and the IV the
     * suite's {@link CipherSuiteInfo#fixedIvLength fixed IV} length in that version.
     */
    static Either<CipherError, RecordProtection> of(CipherSuiteInfo suite, ProtocolVersion version, RecordKeys keys,
                                                     RecordOptions options) {
        if (suite.sslV2() || suite.signalling()) {
            return Either.left(new CipherError.Unsupported(suite.name() + " has no TLS record protection"));
        }
        if (!suite.cipher().implemented() || !suite.mac().implemented()) {
            return Either.left(new CipherError.Unsupported(suite.name() + ": " + suite.cipher() + " with " + suite.mac()
                    + " is not implemented"));
        }
        int v = version.code();
        if (v < ProtocolVersion.SSL_3_0.code() || v > ProtocolVersion.TLS_1_3.code()) {
            return Either.left(new CipherError.Unsupported("version " + version));
        }
        boolean tls13 = v == ProtocolVersion.TLS_1_3.code();
        if (tls13 != suite.tls13()) {
            return Either.left(new CipherError.Unsupported(suite.name() + " is not defined for " + version));
        }
        boolean ssl3 = v == ProtocolVersion.SSL_3_0.code();
        if (ssl3 && (options.encryptThenMac() || options.truncatedHmac())) {
            return Either.left(new CipherError.Unsupported("encrypt-then-MAC and truncated HMAC are TLS extensions, not SSL 3.0"));
        }
        String bad = checkLengths(suite, version, keys);
        if (!bad.isEmpty()) {
            return Either.left(new CipherError.BadKeys(bad));
        }
        try {
            if (suite.cipher().kind() == CipherKind.AEAD) {
                Aead aead = Aead.of(suite.cipher(), keys.key());
                return Either.right(tls13 ? new Tls13Aead(suite, aead, keys.iv().toArray(), options.tls13Padding())
                        : new Tls12Aead(suite, aead, keys.iv().toArray()));
            }
            RecordMac mac = RecordMac.of(suite.mac(), keys.macKey(), ssl3, options.truncatedHmac() && suite.mac() != MacAlgorithm.NULL);
            if (suite.cipher().kind() == CipherKind.BLOCK) {
                boolean explicitIv = v >= ProtocolVersion.TLS_1_1.code();
                return Either.right(new CbcProtection(suite, CbcEngine.of(suite.cipher(), keys.key()), mac, ssl3,
                        options.encryptThenMac(), explicitIv, keys.iv().toArray()));
            }
            return Either.right(StreamProtection.of(suite, keys.key(), mac));
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
            return Either.left(new CipherError.Primitive(e.toString()));
        }
    }

    private static String checkLengths(CipherSuiteInfo suite, ProtocolVersion version, RecordKeys keys) {
        int key = suite.cipher().expandedKeyLength();
        int mac = suite.mac().length();
        int iv = suite.fixedIvLength(version);
        StringBuilder out = new StringBuilder();
        if (keys.key().size() != key) {
            out.append("key is ").append(keys.key().size()).append(" bytes, ").append(suite.name()).append(" needs ").append(key).append("; ");
        }
        if (keys.macKey().size() != mac) {
            out.append("MAC key is ").append(keys.macKey().size()).append(" bytes, needs ").append(mac).append("; ");
        }
        if (keys.iv().size() != iv) {
            out.append("IV is ").append(keys.iv().size()).append(" bytes, needs ").append(iv).append(" in ").append(version).append("; ");
        }
        return out.toString();
    }
}
