package org.tlscodec.crypto.x509;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.DSAParameter;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECNamedCurves;
import org.bouncycastle.asn1.teletrust.TeleTrusTNamedCurves;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.tlscodec.codec.Bytes;

/** Turns a certificate's DER into a {@link ParsedCertificate}, catching everything Bouncy Castle throws. */
final class CertificateParser {
    private CertificateParser() {
    }

    static Either<X509Error, ParsedCertificate> parse(Bytes der) {
        try {
            X509CertificateHolder holder = new X509CertificateHolder(Certificate.getInstance(ASN1Primitive.fromByteArray(der.toArray())));
            return Either.right(new ParsedCertificate(der, holder.getVersionNumber(), holder.getSerialNumber(),
                    rfc4514(holder.getSubject()), rfc4514(holder.getIssuer()),
                    holder.getNotBefore().toInstant(), holder.getNotAfter().toInstant(),
                    publicKey(holder.getSubjectPublicKeyInfo()),
                    new SignatureAlgorithmId(holder.getSignatureAlgorithm().getAlgorithm().getId(),
                            signatureName(holder.getSignatureAlgorithm()),
                            Bytes.of(holder.getSignatureAlgorithm().getEncoded(ASN1Encoding.DER))),
                    extensions(holder.getExtensions())));
        } catch (Exception e) {
            return Either.left(new X509Error.Malformed("certificate: " + BouncyCastle.describe(e)));
        }
    }

    /** Bouncy Castle's name, with the hash spelled out for RSASSA-PSS (whose OID alone does not say it, RFC 4055 section 3.1). */
    static String signatureName(AlgorithmIdentifier algorithm) {
        DefaultAlgorithmNameFinder names = new DefaultAlgorithmNameFinder();
        if (algorithm.getAlgorithm().equals(PKCSObjectIdentifiers.id_RSASSA_PSS) && algorithm.getParameters() != null) {
            RSASSAPSSparams params = RSASSAPSSparams.getInstance(algorithm.getParameters());
            return names.getAlgorithmName(params.getHashAlgorithm()).replace("-", "") + "WITHRSAANDMGF1";
        }
        return names.getAlgorithmName(algorithm);
    }

    /** RFC 4514 (the RFC 2253 form of the JDK: most specific RDN first, unknown types as OID=#hex). */
    static String rfc4514(X500Name name) throws java.io.IOException {
        return new X500Principal(name.getEncoded(ASN1Encoding.DER)).getName(X500Principal.RFC2253);
    }

    static PublicKeyInfo publicKey(SubjectPublicKeyInfo spki) throws java.io.IOException {
        Bytes encoded = Bytes.of(spki.getEncoded(ASN1Encoding.DER));
        ASN1ObjectIdentifier oid = spki.getAlgorithm().getAlgorithm();
        if (oid.equals(PKCSObjectIdentifiers.rsaEncryption) || oid.equals(PKCSObjectIdentifiers.id_RSASSA_PSS)) {
            int bits = RSAPublicKey.getInstance(spki.parsePublicKey()).getModulus().bitLength();
            return new PublicKeyInfo(oid.equals(PKCSObjectIdentifiers.rsaEncryption) ? "RSA" : "RSASSA-PSS",
                    Option.some(bits), Option.none(), encoded);
        }
        if (oid.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            ASN1Encodable parameters = spki.getAlgorithm().getParameters();
            if (parameters instanceof ASN1ObjectIdentifier curve) {
                X9ECParameters x9 = ECNamedCurveTable.getByOID(curve);
                return new PublicKeyInfo("EC", Option.of(x9).map(p -> p.getCurve().getFieldSize()),
                        Option.some(curveName(curve)), encoded);
            }
            return new PublicKeyInfo("EC", Option.none(), Option.none(), encoded);
        }
        if (oid.equals(EdECObjectIdentifiers.id_Ed25519)) {
            return new PublicKeyInfo("Ed25519", Option.some(256), Option.none(), encoded);
        }
        if (oid.equals(EdECObjectIdentifiers.id_Ed448)) {
            return new PublicKeyInfo("Ed448", Option.some(456), Option.none(), encoded);
        }
        if (oid.equals(EdECObjectIdentifiers.id_X25519)) {
            return new PublicKeyInfo("X25519", Option.some(256), Option.none(), encoded);
        }
        if (oid.equals(EdECObjectIdentifiers.id_X448)) {
            return new PublicKeyInfo("X448", Option.some(448), Option.none(), encoded);
        }
        if (oid.equals(X9ObjectIdentifiers.id_dsa)) {
            Option<Integer> bits = Option.of(spki.getAlgorithm().getParameters())
                    .map(p -> DSAParameter.getInstance(p).getP().bitLength());
            return new PublicKeyInfo("DSA", bits, Option.none(), encoded);
        }
        return new PublicKeyInfo(oid.getId(), Option.none(), Option.none(), encoded);
    }

    /** The SEC 2 name where there is one (the TLS NamedGroup names), else Brainpool's, else the OID. */
    private static String curveName(ASN1ObjectIdentifier curve) {
        return Option.of(SECNamedCurves.getName(curve))
                .orElse(() -> Option.of(TeleTrusTNamedCurves.getName(curve)))
                .orElse(() -> Option.of(ECNamedCurveTable.getName(curve)))
                .getOrElse(curve.getId());
    }

    private static CertificateExtensions extensions(Extensions extensions) throws java.io.IOException {
        if (extensions == null) {
            return new CertificateExtensions(Option.none(), Option.none(), Option.none(), Vector.empty(),
                    Option.none(), Option.none(), Option.none(), Vector.empty());
        }
        Vector<RawExtension> all = Vector.empty();
        for (ASN1ObjectIdentifier oid : extensions.getExtensionOIDs()) {
            Extension e = extensions.getExtension(oid);
            all = all.append(new RawExtension(oid.getId(), e.isCritical(), Bytes.of(e.getExtnValue().getOctets())));
        }
        Option<BasicConstraints> basic = Option.of(org.bouncycastle.asn1.x509.BasicConstraints.fromExtensions(extensions))
                .map(b -> new BasicConstraints(b.isCA(), Option.of(b.getPathLenConstraint()).map(BigInteger::intValueExact)));
        Option<Set<KeyUsage>> keyUsage = Option.of(org.bouncycastle.asn1.x509.KeyUsage.fromExtensions(extensions))
                .map(k -> HashSet.of(KeyUsage.values()).filter(u -> k.hasUsages(bcKeyUsageBit(u))));
        Option<Vector<KeyPurpose>> eku = Option.of(ExtendedKeyUsage.fromExtensions(extensions))
                .map(x -> Vector.of(x.getUsages()).map(KeyPurposeId::toOID).map(o -> new KeyPurpose(o.getId())));
        Vector<SubjectAltName> san = Vector.empty();
        GeneralNames names = GeneralNames.fromExtensions(extensions, Extension.subjectAlternativeName);
        if (names != null) {
            for (GeneralName n : names.getNames()) {
                san = san.append(generalName(n));
            }
        }
        Option<Bytes> aki = Option.of(AuthorityKeyIdentifier.fromExtensions(extensions))
                .flatMap(a -> Option.of(a.getKeyIdentifierObject())).map(o -> Bytes.of(o.getOctets()));
        Option<Bytes> ski = Option.of(SubjectKeyIdentifier.fromExtensions(extensions))
                .map(s -> Bytes.of(s.getKeyIdentifier()));
        Option<Bytes> sct = Option.of(extensions.getExtension(new ASN1ObjectIdentifier(CertificateExtensions.SCT_LIST_OID)))
                .map(e -> Bytes.of(ASN1OctetString.getInstance(e.getParsedValue()).getOctets()));
        return new CertificateExtensions(basic, keyUsage, eku, san, aki, ski, sct, all);
    }

    /** Bouncy Castle's KeyUsage flags number the bits from the top of the first byte. */
    static int bcKeyUsageBit(KeyUsage usage) {
        return usage == KeyUsage.DECIPHER_ONLY ? 1 << 15 : 1 << (7 - usage.bit());
    }

    private static SubjectAltName generalName(GeneralName n) throws java.io.IOException {
        SubjectAltName.Kind kind = SubjectAltName.Kind.values()[n.getTagNo()];
        ASN1Encodable value = n.getName();
        return switch (kind) {
            case EMAIL, DNS, URI -> new SubjectAltName(kind, ((ASN1String) value).getString());
            case IP_ADDRESS -> new SubjectAltName(kind, ipAddress(ASN1OctetString.getInstance(value).getOctets()));
            case DIRECTORY_NAME -> new SubjectAltName(kind, rfc4514(X500Name.getInstance(value)));
            case REGISTERED_ID -> new SubjectAltName(kind, ASN1ObjectIdentifier.getInstance(value).getId());
            default -> new SubjectAltName(kind, Bytes.of(value.toASN1Primitive().getEncoded(ASN1Encoding.DER)).hex());
        };
    }

    private static String ipAddress(byte[] octets) {
        if (octets.length == 4 || octets.length == 16) {
            try {
                return InetAddress.getByAddress(octets).getHostAddress();
            } catch (UnknownHostException e) {
                return Bytes.of(octets).hex();
            }
        }
        return Bytes.of(octets).hex();
    }

}
