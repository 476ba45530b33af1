package org.tlscodec.crypto.x509;

import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.Instant;
import org.tlscodec.codec.Bytes;

/**
 * What a new certificate says: subject (RFC 4514), serial, validity, the subject's key
 * (SubjectPublicKeyInfo DER) and the extensions. Empty key usage / extended key usage means the
 * extension is left out. Subject and authority key identifiers are always added (RFC 5280
 * section 4.2.1.2: SHA-1 of the subjectPublicKey bits). {@code otherExtensions} are added as they
 * are, after the others.
 */
public record CertificateTemplate(String subject, BigInteger serial, Instant notBefore, Instant notAfter,
                                  Bytes subjectPublicKeyInfo, Option<BasicConstraints> basicConstraints,
                                  Set<KeyUsage> keyUsage, Vector<KeyPurpose> extendedKeyUsage,
                                  Vector<SubjectAltName> subjectAltNames, Vector<RawExtension> otherExtensions) {

    /** The same template with one more extension, added as given (e.g. an embedded SCT list). */
    public CertificateTemplate withExtension(RawExtension extension) {
        return new CertificateTemplate(subject, serial, notBefore, notAfter, subjectPublicKeyInfo, basicConstraints,
                keyUsage, extendedKeyUsage, subjectAltNames, otherExtensions.append(extension));
    }
}
