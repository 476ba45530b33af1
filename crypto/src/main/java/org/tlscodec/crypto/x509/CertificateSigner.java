package org.tlscodec.crypto.x509;

import io.vavr.control.Either;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Date;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.tlscodec.codec.Bytes;

/**
 * Builds and signs X.509 v3 certificates. The random is used for whatever the signature needs
 * (an ECDSA nonce, an RSA-PSS salt): a deterministic random gives the same certificate each time.
 */
public final class CertificateSigner {
    private CertificateSigner() {
    }

    /** The certificate a template describes, signed by an issuer. */
    public static Either<X509Error, ParsedCertificate> sign(CertificateTemplate template, CertificateIssuer issuer, SecureRandom random) {
        if (template.serial().signum() <= 0) {
            return Either.left(new X509Error.Malformed("a serial number is positive (RFC 5280 section 4.1.2.2): " + template.serial()));
        }
        if (template.notAfter().isBefore(template.notBefore())) {
            return Either.left(new X509Error.Malformed("notAfter " + template.notAfter() + " is before notBefore " + template.notBefore()));
        }
        return name(template.subject()).flatMap(subject -> name(issuer.name()).flatMap(issuerName ->
                Keys.privateKey(issuer.key().privateKeyInfo()).flatMap(signingKey ->
                        build(template, subject, issuerName, issuer, signingKey, random))));
    }

    /** An RFC 4514 string as an X.500 Name, encoded as the JDK encodes it. */
    static Either<X509Error, X500Name> name(String rfc4514) {
        try {
            return Either.right(X500Name.getInstance(new X500Principal(rfc4514).getEncoded()));
        } catch (RuntimeException e) {
            return Either.left(new X509Error.Malformed("name '" + rfc4514 + "': " + BouncyCastle.describe(e)));
        }
    }

    private static Either<X509Error, ParsedCertificate> build(CertificateTemplate template, X500Name subject, X500Name issuerName,
                                                            CertificateIssuer issuer, PrivateKey signingKey, SecureRandom random) {
        try {
            SubjectPublicKeyInfo subjectKey = SubjectPublicKeyInfo.getInstance(template.subjectPublicKeyInfo().toArray());
            SubjectPublicKeyInfo issuerKey = SubjectPublicKeyInfo.getInstance(issuer.key().subjectPublicKeyInfo().toArray());
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuerName, template.serial(),
                    new Time(Date.from(template.notBefore())), new Time(Date.from(template.notAfter())), subject, subjectKey);
            BcX509ExtensionUtils ids = new BcX509ExtensionUtils();
            if (template.basicConstraints().isDefined()) {
                BasicConstraints b = template.basicConstraints().get();
                builder.addExtension(Extension.basicConstraints, true, b.ca()
                        ? b.pathLength().map(n -> new org.bouncycastle.asn1.x509.BasicConstraints(n))
                                .getOrElse(() -> new org.bouncycastle.asn1.x509.BasicConstraints(true))
                        : new org.bouncycastle.asn1.x509.BasicConstraints(false));
            }
            if (!template.keyUsage().isEmpty()) {
                int bits = template.keyUsage().foldLeft(0, (acc, u) -> acc | CertificateParser.bcKeyUsageBit(u));
                builder.addExtension(Extension.keyUsage, true, new org.bouncycastle.asn1.x509.KeyUsage(bits));
            }
            if (!template.extendedKeyUsage().isEmpty()) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(template.extendedKeyUsage()
                        .map(p -> KeyPurposeId.getInstance(new ASN1ObjectIdentifier(p.oid())))
                        .toJavaArray(KeyPurposeId[]::new)));
            }
            if (!template.subjectAltNames().isEmpty()) {
                // RFC 5280 section 4.2.1.6: critical when the subject name is empty.
                builder.addExtension(Extension.subjectAlternativeName, subject.getRDNs().length == 0,
                        new GeneralNames(template.subjectAltNames().map(CertificateSigner::generalName).toJavaArray(GeneralName[]::new)));
            }
            builder.addExtension(Extension.subjectKeyIdentifier, false, ids.createSubjectKeyIdentifier(subjectKey));
            builder.addExtension(Extension.authorityKeyIdentifier, false, ids.createAuthorityKeyIdentifier(issuerKey));
            for (RawExtension e : template.otherExtensions()) {
                builder.addExtension(new Extension(new ASN1ObjectIdentifier(e.oid()), e.critical(), e.value().toArray()));
            }
            ContentSigner signer = new JcaContentSignerBuilder(issuer.algorithm().jcaName())
                    .setProvider(BouncyCastle.PROVIDER).setSecureRandom(random).build(signingKey);
            return Certificates.parse(Bytes.of(builder.build(signer).getEncoded()));
        } catch (Exception e) {
            return Either.left(new X509Error.Failed("signing with " + issuer.algorithm() + ": " + BouncyCastle.describe(e)));
        }
    }

    private static GeneralName generalName(SubjectAltName san) {
        return switch (san.kind()) {
            case DNS -> new GeneralName(GeneralName.dNSName, san.value());
            case EMAIL -> new GeneralName(GeneralName.rfc822Name, san.value());
            case URI -> new GeneralName(GeneralName.uniformResourceIdentifier, san.value());
            case IP_ADDRESS -> new GeneralName(GeneralName.iPAddress, san.value());
            case DIRECTORY_NAME -> new GeneralName(X500Name.getInstance(new X500Principal(san.value()).getEncoded()));
            case REGISTERED_ID -> new GeneralName(GeneralName.registeredID, san.value());
            default -> throw new IllegalArgumentException("cannot build a " + san.kind() + " name from text");
        };
    }
}
