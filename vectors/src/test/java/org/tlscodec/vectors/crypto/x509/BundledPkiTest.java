package org.tlscodec.vectors.crypto.x509;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tlscodec.crypto.x509.BasicConstraints;
import org.tlscodec.crypto.x509.Certificates;
import org.tlscodec.crypto.x509.ChainProblem;
import org.tlscodec.crypto.x509.ChainVerifier;
import org.tlscodec.crypto.x509.KeyPurpose;
import org.tlscodec.crypto.x509.KeyUsage;
import org.tlscodec.crypto.x509.Keys;
import org.tlscodec.crypto.x509.ParsedCertificate;
import org.tlscodec.crypto.x509.Purpose;
import org.tlscodec.crypto.x509.SubjectAltName;
import org.tlscodec.vectors.data.Captures;

/** The real PKI (made with OpenSSL) behind the bundled captures. */
class BundledPkiTest {
    /** Inside every certificate's validity (2026-11-23 .. 2036-11-20). */
    private static final Instant INSIDE = Instant.parse("2030-01-01T00:00:00Z");

    private static ParsedCertificate certificate(String file) {
        return Certificates.parseAny(Captures.resource("pki/" + file).get()).get();
    }

    static Stream<Arguments> leaves() {
        return Stream.of(
                Arguments.of("server-rsa", "RSA", 2048, Purpose.TLS_SERVER),
                Arguments.of("server-ecdsa", "EC", 256, Purpose.TLS_SERVER),
                Arguments.of("server-ed25519", "Ed25519", 256, Purpose.TLS_SERVER),
                Arguments.of("client-rsa", "RSA", 2048, Purpose.TLS_CLIENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leaves")
    void eachBundledLeafParsesAndVerifiesAgainstTheBundledCa(String name, String algorithm, int bits, Purpose purpose) {
        ParsedCertificate ca = certificate("ca.pem");
        ParsedCertificate leaf = certificate(name + ".pem");

        assertThat(leaf.publicKey().algorithm()).isEqualTo(algorithm);
        assertThat(leaf.publicKey().keySize()).contains(bits);
        assertThat(leaf.issuer()).isEqualTo("CN=TLS Test Root CA,O=TLS Test Vectors");
        assertThat(leaf.signatureAlgorithm().name()).isEqualTo("SHA256WITHRSA");
        assertThat(leaf.extensions().basicConstraints()).contains(BasicConstraints.endEntity());
        assertThat(leaf.extensions().keyUsage().get()).contains(KeyUsage.DIGITAL_SIGNATURE);
        assertThat(leaf.extensions().authorityKeyId()).isEqualTo(ca.extensions().subjectKeyId()).isNotEmpty();
        assertThat(ChainVerifier.verify(Vector.of(leaf), Vector.of(ca), INSIDE, purpose).problems()).isEmpty();
        // The bundled keys (PKCS#8 PEM) belong to the certificates.
        String keyPem = new String(Captures.resource("pki/" + name + ".key").get().toArray(), StandardCharsets.US_ASCII);
        assertThat(Keys.parsePrivateKeyPem(keyPem).get().subjectPublicKeyInfo()).isEqualTo(leaf.publicKey().subjectPublicKeyInfo());
    }

    @Test
    void theBundledCaIsAnRsaRootWithKeyCertSign() {
        ParsedCertificate ca = certificate("ca.pem");

        assertThat(ca.subject()).isEqualTo("CN=TLS Test Root CA,O=TLS Test Vectors");
        assertThat(ca.selfIssued()).isTrue();
        assertThat(ca.version()).isEqualTo(3);
        assertThat(ca.notBefore()).isEqualTo(Instant.parse("2026-11-23T15:27:42Z"));
        assertThat(ca.notAfter()).isEqualTo(Instant.parse("2036-11-20T15:27:42Z"));
        assertThat(ca.extensions().basicConstraints().map(BasicConstraints::ca)).contains(true);
        assertThat(ca.extensions().keyUsage().get()).containsExactlyInAnyOrder(KeyUsage.KEY_CERT_SIGN, KeyUsage.CRL_SIGN);
        assertThat(ca.extensions().sctList()).isEmpty();
    }

    @Test
    void theBundledServerNamesLocalhostAndIsForServerAuth() {
        ParsedCertificate server = certificate("server-ecdsa.pem");

        assertThat(server.subject()).isEqualTo("CN=localhost,O=TLS Test Vectors");
        assertThat(server.publicKey().curve()).contains("secp256r1");
        assertThat(server.extensions().subjectAltNames()).containsExactly(SubjectAltName.dns("localhost"), SubjectAltName.ip("127.0.0.1"));
        assertThat(server.extensions().extendedKeyUsage().get()).containsExactly(KeyPurpose.SERVER_AUTH);
        assertThat(ChainVerifier.verify(Vector.of(server), Vector.of(certificate("ca.pem")), INSIDE, Purpose.TLS_CLIENT).problems())
                .containsExactly(new ChainProblem.WrongExtendedKeyUsage(0, KeyPurpose.CLIENT_AUTH));
    }

    @Test
    void theBundledPkiIsNotValidBeforeItsNotBefore() {
        Instant before = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(ChainVerifier.verify(Vector.of(certificate("server-rsa.pem")), Vector.of(certificate("ca.pem")), before, Purpose.TLS_SERVER)
                .problems()).hasSize(2).allMatch(p -> p instanceof ChainProblem.NotYetValid);
    }
}
