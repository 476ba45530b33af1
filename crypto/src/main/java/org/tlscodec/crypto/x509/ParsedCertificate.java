package org.tlscodec.crypto.x509;

import java.math.BigInteger;
import java.time.Instant;
import org.tlscodec.codec.Bytes;

/**
 * An X.509 certificate as plain values (RFC 5280 section 4.1). Subject and issuer are RFC 4514
 * strings (most specific RDN first). {@code der} is the whole certificate as it was read; every
 * other field is derived from it.
 */
public record ParsedCertificate(Bytes der, int version, BigInteger serial, String subject, String issuer,
                                Instant notBefore, Instant notAfter, PublicKeyInfo publicKey,
                                SignatureAlgorithmId signatureAlgorithm, CertificateExtensions extensions) {

    /** notBefore &lt;= at &lt;= notAfter (RFC 5280 section 4.1.2.5: both ends inclusive). */
    public boolean validAt(Instant at) {
        return !at.isBefore(notBefore) && !at.isAfter(notAfter);
    }

    /** True when subject and issuer are the same name. */
    public boolean selfIssued() {
        return subject.equals(issuer);
    }

    @Override
    public String toString() {
        return "ParsedCertificate[subject=" + subject + ", issuer=" + issuer + ", serial=" + serial.toString(16)
                + ", " + notBefore + " .. " + notAfter + ", key=" + publicKey.algorithm() + publicKey.keySize().map(n -> "/" + n).getOrElse("")
                + publicKey.curve().map(c -> "/" + c).getOrElse("") + ", signature=" + signatureAlgorithm.name() + ", " + der.size() + " bytes]";
    }
}
