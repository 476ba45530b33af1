package org.tlscodec.crypto.x509;

/**
 * Who signs: the issuer's name (RFC 4514; the subject itself for a self-signed certificate), its
 * key pair and the signature algorithm. {@code toString} hides the private key.
 */
public record CertificateIssuer(String name, KeyPairDer key, X509SignatureAlgorithm algorithm) {

    /** The issuer a certificate stands for: its subject name, with the matching key. */
    public static CertificateIssuer of(ParsedCertificate certificate, KeyPairDer key, X509SignatureAlgorithm algorithm) {
        return new CertificateIssuer(certificate.subject(), key, algorithm);
    }
}
