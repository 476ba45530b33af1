package org.tlscodec.tls;

import io.vavr.control.Option;
import org.tlscodec.tls.registry.CertificateType;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.RegistryValue;
import org.jspecify.annotations.Nullable;

/**
 * What the bytes alone do not say, and the codec of a message needs (DESIGN.md section 3): the
 * negotiated version (Certificate, CertificateRequest, NewSessionTicket and CertificateVerify
 * differ between TLS 1.2 and 1.3; SSL 3.0 drops a length in ClientKeyExchange), the cipher suite
 * (its key exchange shapes ServerKeyExchange and ClientKeyExchange; its hash sizes TLS 1.3
 * Finished), the certificate type in use (RFC 7250 raw public keys), and strict or lenient
 * decoding. Immutable; the session threads a new one as the handshake learns each fact. Where a
 * fact is not known yet, a message that needs it stays raw bytes.
 */
public record WireContext(
        Option<ProtocolVersion> version,
        Option<CipherSuite> cipherSuite,
        CertificateType certificateType,
        boolean lenient) {

    private static final WireContext INITIAL =
            new WireContext(Option.none(), Option.none(), CertificateType.X509, false);

    /** Nothing negotiated yet: what a ClientHello is read with. */
    public static WireContext initial() {
        return INITIAL;
    }

    /** A context where version and suite are known, as after a ServerHello. */
    public static WireContext negotiated(ProtocolVersion version, CipherSuite suite) {
        return new WireContext(Option.some(version), Option.some(suite), CertificateType.X509, false);
    }

    public WireContext withVersion(ProtocolVersion v) {
        return new WireContext(Option.some(v), cipherSuite, certificateType, lenient);
    }

    public WireContext withCipherSuite(CipherSuite s) {
        return new WireContext(version, Option.some(s), certificateType, lenient);
    }

    public WireContext withCertificateType(CertificateType t) {
        return new WireContext(version, cipherSuite, t, lenient);
    }

    /** The same context decoding leniently (malformed parts kept with their error) or strictly. */
    public WireContext withLenient(boolean on) {
        return new WireContext(version, cipherSuite, certificateType, on);
    }

    /**
     * A hash of the codes alone, consistent with the record's equality: {@code Handshake.codec}
     * looks its codec up by context, and the record's own hash would go through every
     * {@code Option}'s and value's {@code hashCode}.
     */
    @Override
    public int hashCode() {
        int h = code(version);
        h = 31 * h + code(cipherSuite);
        h = 31 * h + certificateType.code();
        return 2 * h + (lenient ? 1 : 0);
    }

    /**
     * Equal when the codes are: the record's own equality goes through a method-handle chain a
     * component, and {@code Option}'s and the values' {@code equals} below it, which the JIT
     * left as a third of a TLS 1.2 flight's decode (the look-up after its ServerHello).
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof WireContext w
                && lenient == w.lenient
                && certificateType.code() == w.certificateType.code()
                && code(version) == code(w.version)
                && code(cipherSuite) == code(w.cipherSuite);
    }

    private static int code(Option<? extends RegistryValue> v) {
        return v.isDefined() ? v.get().code() : -1;
    }

    /** True when the negotiated version is TLS 1.3 (or a draft of it, or DTLS 1.3). */
    public boolean isTls13() {
        return version.exists(ProtocolVersion::isTls13OrLater);
    }

    /** The key exchange of the negotiated suite, if known and not a TLS 1.3 suite. */
    public Option<KeyExchangeAlgorithm> keyExchange() {
        return cipherSuite.flatMap(KeyExchangeAlgorithm::of);
    }
}
