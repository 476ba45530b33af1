package org.tlscodec.crypto.pki;

import org.tlscodec.crypto.x509.Certificates;
import org.tlscodec.crypto.x509.KeyPairDer;
import org.tlscodec.crypto.x509.ParsedCertificate;

/** A certificate and its key pair ({@code toString} hides the private key). */
public record IssuedCertificate(ParsedCertificate certificate, KeyPairDer key) {

    /** The certificate as PEM. */
    public String certificatePem() {
        return Certificates.pem(certificate);
    }

    /** The private key as PKCS#8 PEM. */
    public String keyPem() {
        return key.privateKeyPem();
    }
}
