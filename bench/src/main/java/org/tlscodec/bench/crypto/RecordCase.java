package org.tlscodec.bench.crypto;

import io.vavr.collection.Vector;
import java.security.GeneralSecurityException;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.RecordKeys;
import org.tlscodec.crypto.cipher.RecordOptions;
import org.tlscodec.crypto.cipher.RecordProtection;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * One benchmarked suite: its parameters, one direction's key and IV (fixed bytes of the lengths
 * the suite takes), and the record version every header carries (0x0303, also TLS 1.3's
 * legacy_record_version). Both sides are built from these same values.
 */
public record RecordCase(CipherSuiteInfo suite, ProtocolVersion version, Bytes key, Bytes iv) {
    /** The record header's version: TLS 1.2, and TLS 1.3's legacy_record_version. */
    public static final ProtocolVersion RECORD_VERSION = ProtocolVersion.TLS_1_2;
    /** The largest plaintext a record may carry, 2^14 bytes (RFC 8446 section 5.1, RFC 5246 section 6.2.1). */
    public static final int RECORD_SIZE = 1 << 14;

    /** The suites measured: the two TLS 1.3 AEADs the JCA runs, and TLS 1.2 AES-128-GCM. */
    public static final Vector<String> SUITES = Vector.of(
            "TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");

    /** The case of a suite named as in the IANA registry. */
    public static RecordCase named(String name) {
        CipherSuiteInfo suite = CipherSuite.REGISTRY.known().find(s -> s.name().contains(name))
                .flatMap(CipherSuiteInfo::of)
                .getOrElseThrow(() -> new IllegalArgumentException("no registered suite " + name));
        ProtocolVersion version = suite.maxVersion();
        return new RecordCase(suite, version, pattern(suite.cipher().keyLength(), 0x4b), pattern(suite.fixedIvLength(version), 0x1f));
    }

    /** {@code n} bytes of application data, the same for every run. */
    public static Bytes plaintext(int n) {
        return pattern(n, 0x61);
    }

    /** The library's protection for this case. */
    public RecordProtection protection() {
        return RecordProtection.of(suite, version, RecordKeys.aead(key, iv), RecordOptions.DEFAULT)
                .getOrElseThrow(e -> new IllegalStateException(suite.name() + ": " + e.message()));
    }

    /** The bare JCA baseline for this case. */
    public JcaRecordBaseline baseline() {
        try {
            return JcaRecordBaseline.of(suite, key, iv);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(suite.name() + ": " + e, e);
        }
    }

    /** The content type a sealed record's header carries: application_data for both TLS 1.2 and 1.3 here. */
    public ContentType outerType() {
        return ContentType.APPLICATION_DATA;
    }

    private static Bytes pattern(int n, int salt) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) (salt + 7 * i + (i >>> 8));
        }
        return Bytes.of(out);
    }
}
