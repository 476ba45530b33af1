package org.tlscodec.crypto.x509;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.extension.SignedCertificateTimestamp;
import org.tlscodec.tls.extension.SignedCertificateTimestampList;
import org.tlscodec.tls.registry.SignatureScheme;

class CertificateSignerTest {
    static final Instant FROM = Instant.parse("2030-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2031-01-01T00:00:00Z");
    static final SecureRandom RANDOM = new SecureRandom();

    static Stream<Arguments> issuers() {
        return Stream.of(
                Arguments.of(KeyAlgorithm.rsa(2048), X509SignatureAlgorithm.RSA_PKCS1_SHA256, "SHA256WITHRSA"),
                Arguments.of(KeyAlgorithm.rsa(2048), X509SignatureAlgorithm.RSA_PSS_SHA256, "SHA256WITHRSAANDMGF1"),
                Arguments.of(KeyAlgorithm.ec("secp256r1"), X509SignatureAlgorithm.ECDSA_SHA256, "SHA256WITHECDSA"),
                Arguments.of(KeyAlgorithm.ec("secp384r1"), X509SignatureAlgorithm.ECDSA_SHA384, "SHA384WITHECDSA"),
                Arguments.of(KeyAlgorithm.ec("secp521r1"), X509SignatureAlgorithm.ECDSA_SHA512, "SHA512WITHECDSA"),
                Arguments.of(KeyAlgorithm.ed25519(), X509SignatureAlgorithm.ED25519, "ED25519"));
    }

    static CertificateTemplate caTemplate(String name, KeyPairDer key, Option<BasicConstraints> basic) {
        return new CertificateTemplate(name, BigInteger.valueOf(1), FROM, TO, key.subjectPublicKeyInfo(), basic,
                HashSet.of(KeyUsage.KEY_CERT_SIGN, KeyUsage.CRL_SIGN), Vector.empty(), Vector.empty(), Vector.empty());
    }

    static CertificateTemplate leafTemplate(KeyPairDer key) {
        return new CertificateTemplate("CN=leaf.example,O=Example,C=FR", new BigInteger("123456789abcdef0123456789", 16), FROM, TO,
                key.subjectPublicKeyInfo(), Option.some(BasicConstraints.endEntity()), HashSet.of(KeyUsage.DIGITAL_SIGNATURE),
                Vector.of(KeyPurpose.SERVER_AUTH, KeyPurpose.CLIENT_AUTH),
                Vector.of(SubjectAltName.dns("leaf.example"), SubjectAltName.ip("::1"), SubjectAltName.email("a@leaf.example")), Vector.empty());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("issuers")
    void aCertificateSignedByEachIssuerKindParsesVerifiesAndIsAcceptedByTheJdk(KeyAlgorithm issuerKeyKind, X509SignatureAlgorithm algorithm,
                                                                               String signatureName) throws Exception {
        KeyPairDer caKey = Keys.generate(issuerKeyKind, RANDOM).get();
        KeyPairDer leafKey = Keys.generate(KeyAlgorithm.ec("secp256r1"), RANDOM).get();
        CertificateIssuer issuer = new CertificateIssuer("CN=Issuer " + algorithm + ",O=Example", caKey, algorithm);
        ParsedCertificate ca = CertificateSigner.sign(caTemplate(issuer.name(), caKey, Option.some(BasicConstraints.caWithPathLength(0))), issuer, RANDOM).get();
        ParsedCertificate leaf = CertificateSigner.sign(leafTemplate(leafKey), issuer, RANDOM).get();

        assertThat(leaf.signatureAlgorithm().name()).isEqualTo(signatureName);
        assertThat(leaf.version()).isEqualTo(3);
        assertThat(leaf.subject()).isEqualTo("CN=leaf.example,O=Example,C=FR");
        assertThat(leaf.issuer()).isEqualTo(issuer.name()).isEqualTo(ca.subject());
        assertThat(leaf.serial()).isEqualTo(new BigInteger("123456789abcdef0123456789", 16));
        assertThat(leaf.notBefore()).isEqualTo(FROM);
        assertThat(leaf.notAfter()).isEqualTo(TO);
        assertThat(leaf.publicKey().subjectPublicKeyInfo()).isEqualTo(leafKey.subjectPublicKeyInfo());
        assertThat(leaf.extensions().basicConstraints()).contains(BasicConstraints.endEntity());
        assertThat(leaf.extensions().keyUsage().get()).containsExactly(KeyUsage.DIGITAL_SIGNATURE);
        assertThat(leaf.extensions().extendedKeyUsage().get()).containsExactly(KeyPurpose.SERVER_AUTH, KeyPurpose.CLIENT_AUTH);
        assertThat(leaf.extensions().subjectAltNames()).containsExactly(
                SubjectAltName.dns("leaf.example"), SubjectAltName.ip("0:0:0:0:0:0:0:1"), SubjectAltName.email("a@leaf.example"));
        assertThat(leaf.extensions().authorityKeyId()).isEqualTo(ca.extensions().subjectKeyId()).isNotEmpty();
        assertThat(ca.extensions().basicConstraints()).contains(BasicConstraints.caWithPathLength(0));
        assertThat(ChainVerifier.verify(Vector.of(leaf), Vector.of(ca), FROM.plusSeconds(60), Purpose.TLS_SERVER).problems()).isEmpty();

        // An independent check: the JDK's own X.509 code reads both and verifies the signatures.
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        X509Certificate jdkCa = (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(ca.der().toArray()));
        X509Certificate jdkLeaf = (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(leaf.der().toArray()));
        jdkLeaf.verify(jdkCa.getPublicKey());
        jdkCa.verify(jdkCa.getPublicKey());
        assertThat(jdkCa.getBasicConstraints()).isEqualTo(0);
    }

    @Test
    void theKeyKindsAreDescribed() {
        assertThat(publicKeyOf(KeyAlgorithm.rsa(2048))).isEqualTo(new Object[] {"RSA", Option.some(2048), Option.none()});
        assertThat(publicKeyOf(KeyAlgorithm.ec("secp384r1"))).isEqualTo(new Object[] {"EC", Option.some(384), Option.some("secp384r1")});
        assertThat(publicKeyOf(KeyAlgorithm.ec("secp521r1"))).isEqualTo(new Object[] {"EC", Option.some(521), Option.some("secp521r1")});
        assertThat(publicKeyOf(KeyAlgorithm.ec("brainpoolP256r1"))).isEqualTo(new Object[] {"EC", Option.some(256), Option.some("brainpoolP256r1")});
        assertThat(publicKeyOf(KeyAlgorithm.ed448())).isEqualTo(new Object[] {"Ed448", Option.some(456), Option.none()});
    }

    private static Object[] publicKeyOf(KeyAlgorithm kind) {
        KeyPairDer key = Keys.generate(kind, RANDOM).get();
        CertificateIssuer self = new CertificateIssuer("CN=self", key, kind instanceof KeyAlgorithm.Rsa ? X509SignatureAlgorithm.RSA_PKCS1_SHA256
                : kind instanceof KeyAlgorithm.Ed448 ? X509SignatureAlgorithm.ED448 : X509SignatureAlgorithm.ECDSA_SHA256);
        PublicKeyInfo info = CertificateSigner.sign(caTemplate("CN=self", key, Option.none()), self, RANDOM).get().publicKey();
        return new Object[] {info.algorithm(), info.keySize(), info.curve()};
    }

    @Test
    void anEmbeddedSctListIsKeptRawAndDecodedWithTheTlsStructure() {
        KeyPairDer key = Keys.generate(KeyAlgorithm.ed25519(), RANDOM).get();
        SignedCertificateTimestampList scts = new SignedCertificateTimestampList(Vector.of(new SignedCertificateTimestamp(
                Bytes.zeros(32), 1_700_000_000_000L, Bytes.empty(), SignatureScheme.ECDSA_SECP256R1_SHA256, Bytes.fromHex("3006020101020101"))));
        Bytes listBytes = SignedCertificateTimestampList.CODEC.encode(scts).get();
        // The extension value is an OCTET STRING wrapping the TLS-encoded list (RFC 6962 section 3.3).
        Bytes extnValue = Bytes.ofUnsigned(0x04, listBytes.size()).concat(listBytes);
        CertificateIssuer self = new CertificateIssuer("CN=sct", key, X509SignatureAlgorithm.ED25519);
        ParsedCertificate c = CertificateSigner.sign(caTemplate("CN=sct", key, Option.none())
                .withExtension(new RawExtension(CertificateExtensions.SCT_LIST_OID, false, extnValue)), self, RANDOM).get();

        assertThat(c.extensions().sctList()).contains(listBytes);
        assertThat(c.extensions().signedCertificateTimestamps().get().get()).isEqualTo(scts);
        assertThat(c.extensions().find(CertificateExtensions.SCT_LIST_OID).map(RawExtension::value)).contains(extnValue);
    }

    @Test
    void pemRoundTripsAndDerOrPemAreBothAccepted() {
        KeyPairDer key = Keys.generate(KeyAlgorithm.ec("secp256r1"), RANDOM).get();
        ParsedCertificate c = CertificateSigner.sign(caTemplate("CN=pem", key, Option.none()),
                new CertificateIssuer("CN=pem", key, X509SignatureAlgorithm.ECDSA_SHA256), RANDOM).get();
        String pem = Certificates.pem(c);

        assertThat(Certificates.parsePem("junk before\n" + pem + pem)).contains(Vector.of(c, c));
        assertThat(Certificates.parseAny(Bytes.utf8(pem))).contains(c);
        assertThat(Certificates.parseAny(c.der())).contains(c);
    }

    @Test
    void malformedInputIsAnErrorValue() {
        assertThat(Certificates.parse(Bytes.fromHex("3003020101")).getLeft()).isInstanceOf(X509Error.Malformed.class);
        assertThat(Certificates.parse(Bytes.empty()).getLeft()).isInstanceOf(X509Error.Malformed.class);
        assertThat(Certificates.parsePem("no pem here").getLeft()).isInstanceOf(X509Error.Malformed.class);
        assertThat(Certificates.parsePem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n").getLeft())
                .isInstanceOf(X509Error.Malformed.class);
        KeyPairDer key = Keys.generate(KeyAlgorithm.ed25519(), RANDOM).get();
        ParsedCertificate c = CertificateSigner.sign(caTemplate("CN=t", key, Option.none()),
                new CertificateIssuer("CN=t", key, X509SignatureAlgorithm.ED25519), RANDOM).get();
        assertThat(Certificates.parse(c.der().concat(Bytes.ofUnsigned(0))).isLeft()).isTrue();
    }

    @Test
    void signingRejectsBadNamesSerialsAndKeys() {
        KeyPairDer key = Keys.generate(KeyAlgorithm.ed25519(), RANDOM).get();
        CertificateIssuer issuer = new CertificateIssuer("CN=i", key, X509SignatureAlgorithm.ED25519);
        CertificateTemplate good = caTemplate("CN=s", key, Option.none());

        assertThat(CertificateSigner.sign(caTemplate("not a name", key, Option.none()), issuer, RANDOM).getLeft()).isInstanceOf(X509Error.Malformed.class);
        assertThat(CertificateSigner.sign(new CertificateTemplate("CN=s", BigInteger.ZERO, FROM, TO, key.subjectPublicKeyInfo(), Option.none(),
                HashSet.empty(), Vector.empty(), Vector.empty(), Vector.empty()), issuer, RANDOM).getLeft()).isInstanceOf(X509Error.Malformed.class);
        assertThat(CertificateSigner.sign(good, new CertificateIssuer("CN=i", key, X509SignatureAlgorithm.RSA_PKCS1_SHA256), RANDOM).getLeft())
                .isInstanceOf(X509Error.Failed.class);
        assertThat(CertificateSigner.sign(good, new CertificateIssuer("CN=i", new KeyPairDer(Bytes.fromHex("00"), key.subjectPublicKeyInfo()),
                X509SignatureAlgorithm.ED25519), RANDOM).getLeft()).isInstanceOf(X509Error.Malformed.class);
    }

    @Test
    void keyToStringsNeverShowThePrivateKey() {
        KeyPairDer key = Keys.generate(KeyAlgorithm.ec("secp256r1"), RANDOM).get();
        String hex = key.privateKeyInfo().hex();

        assertThat(key.toString()).doesNotContain(hex.substring(hex.length() - 16));
        assertThat(new CertificateIssuer("CN=x", key, X509SignatureAlgorithm.ECDSA_SHA256).toString()).doesNotContain(hex.substring(hex.length() - 16));
    }
}
