package org.tlscodec.crypto.x509;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {
    private static final Instant FROM = Instant.parse("2030-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2031-01-01T00:00:00Z");
    private static final Instant AT = Instant.parse("2030-06-01T00:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static KeyPairDer rootKey;
    private static KeyPairDer otherKey;
    private static KeyPairDer leafKey;
    private static ParsedCertificate root;

    @BeforeAll
    static void keys() {
        rootKey = Keys.generate(KeyAlgorithm.ec("secp256r1"), RANDOM).get();
        otherKey = Keys.generate(KeyAlgorithm.ec("secp256r1"), RANDOM).get();
        leafKey = Keys.generate(KeyAlgorithm.ed25519(), RANDOM).get();
        root = ca("CN=Root", rootKey, "CN=Root", rootKey, Option.some(BasicConstraints.caWithPathLength(0)),
                HashSet.of(KeyUsage.KEY_CERT_SIGN));
    }

    private static ParsedCertificate ca(String name, KeyPairDer key, String issuer, KeyPairDer issuerKey, Option<BasicConstraints> basic, Set<KeyUsage> usage) {
        return sign(new CertificateTemplate(name, BigInteger.TEN, FROM, TO, key.subjectPublicKeyInfo(), basic, usage,
                Vector.empty(), Vector.empty(), Vector.empty()), issuer, issuerKey);
    }

    private static ParsedCertificate leaf(String issuer, KeyPairDer issuerKey, Set<KeyUsage> usage, Vector<KeyPurpose> purposes, Instant from, Instant to) {
        return sign(new CertificateTemplate("CN=leaf", BigInteger.TWO, from, to, leafKey.subjectPublicKeyInfo(),
                Option.some(BasicConstraints.endEntity()), usage, purposes, Vector.of(SubjectAltName.dns("leaf")), Vector.empty()), issuer, issuerKey);
    }

    private static ParsedCertificate goodLeaf() {
        return leaf("CN=Root", rootKey, HashSet.of(KeyUsage.DIGITAL_SIGNATURE), Vector.of(KeyPurpose.SERVER_AUTH), FROM, TO);
    }

    private static ParsedCertificate sign(CertificateTemplate t, String issuer, KeyPairDer issuerKey) {
        return CertificateSigner.sign(t, new CertificateIssuer(issuer, issuerKey, X509SignatureAlgorithm.ECDSA_SHA256), RANDOM).get();
    }

    private static Vector<ChainProblem> problems(Vector<ParsedCertificate> chain, Instant at, Purpose purpose) {
        return ChainVerifier.verify(chain, Vector.of(root), at, purpose).problems();
    }

    @Test
    void aGoodLeafUnderTheRootHasNoProblemAndTheRootIsAppendedToThePath() {
        ChainVerification v = ChainVerifier.verify(Vector.of(goodLeaf()), Vector.of(root), AT, Purpose.TLS_SERVER);

        assertThat(v.problems()).isEmpty();
        assertThat(v.path().map(ParsedCertificate::subject)).containsExactly("CN=leaf", "CN=Root");
        assertThat(ChainVerifier.verify(Vector.of(goodLeaf(), root), Vector.of(root), AT, Purpose.TLS_SERVER).problems()).isEmpty();
    }

    @Test
    void validityIsCheckedAtTheGivenInstantBothEndsInclusive() {
        assertThat(problems(Vector.of(goodLeaf()), FROM, Purpose.ANY)).isEmpty();
        assertThat(problems(Vector.of(goodLeaf()), TO, Purpose.ANY)).isEmpty();
        assertThat(problems(Vector.of(goodLeaf()), FROM.minusSeconds(1), Purpose.ANY))
                .containsExactly(new ChainProblem.NotYetValid(0, FROM, FROM.minusSeconds(1)), new ChainProblem.NotYetValid(1, FROM, FROM.minusSeconds(1)));
        ParsedCertificate shortLived = leaf("CN=Root", rootKey, HashSet.empty(), Vector.empty(), FROM, FROM.plusSeconds(3600));
        assertThat(problems(Vector.of(shortLived), AT, Purpose.ANY)).containsExactly(new ChainProblem.Expired(0, FROM.plusSeconds(3600), AT));
    }

    @Test
    void aSignatureByAnotherKeyIsABadSignature() {
        ParsedCertificate forged = leaf("CN=Root", otherKey, HashSet.of(KeyUsage.DIGITAL_SIGNATURE), Vector.empty(), FROM, TO);

        assertThat(problems(Vector.of(forged), AT, Purpose.TLS_SERVER)).singleElement().isInstanceOf(ChainProblem.BadSignature.class)
                .extracting(ChainProblem::position).isEqualTo(0);
    }

    @Test
    void anUnknownIssuerHasNoTrustAnchorAndAWrongNextCertificateIsANameMismatch() {
        ParsedCertificate stranger = leaf("CN=Elsewhere", otherKey, HashSet.empty(), Vector.empty(), FROM, TO);

        assertThat(problems(Vector.of(stranger), AT, Purpose.ANY)).containsExactly(new ChainProblem.NoTrustAnchor(0, "CN=Elsewhere"));
        assertThat(problems(Vector.of(stranger, root), AT, Purpose.ANY)).first().isEqualTo(new ChainProblem.NameMismatch(0, "CN=Elsewhere", "CN=Root"));
        assertThat(problems(Vector.empty(), AT, Purpose.ANY)).containsExactly(new ChainProblem.EmptyChain());
    }

    @Test
    void anIssuerMustBeACaWithKeyCertSign() {
        ParsedCertificate notCa = ca("CN=Mid", otherKey, "CN=Root", rootKey, Option.some(BasicConstraints.endEntity()), HashSet.of(KeyUsage.DIGITAL_SIGNATURE));
        ParsedCertificate leaf = leaf("CN=Mid", otherKey, HashSet.empty(), Vector.empty(), FROM, TO);

        assertThat(problems(Vector.of(leaf, notCa), AT, Purpose.ANY))
                .containsExactly(new ChainProblem.NotACa(1), new ChainProblem.MissingKeyCertSign(1),
                        new ChainProblem.PathLengthExceeded(2, 0, 1)); // the root's pathLen 0 counts Mid as well (RFC 5280 section 6.1.4 (l))
    }

    @Test
    void anIntermediateUnderARootWithPathLengthZeroExceedsIt() {
        ParsedCertificate mid = ca("CN=Mid", otherKey, "CN=Root", rootKey, Option.some(BasicConstraints.unlimitedCa()), HashSet.of(KeyUsage.KEY_CERT_SIGN));
        ParsedCertificate leaf = leaf("CN=Mid", otherKey, HashSet.empty(), Vector.empty(), FROM, TO);

        assertThat(problems(Vector.of(leaf, mid), AT, Purpose.ANY)).containsExactly(new ChainProblem.PathLengthExceeded(2, 0, 1));
    }

    @Test
    void aTlsLeafNeedsDigitalSignatureAndTheRightExtendedKeyUsage() {
        ParsedCertificate encipherOnly = leaf("CN=Root", rootKey, HashSet.of(KeyUsage.KEY_ENCIPHERMENT), Vector.of(KeyPurpose.CLIENT_AUTH), FROM, TO);

        assertThat(problems(Vector.of(encipherOnly), AT, Purpose.TLS_SERVER)).containsExactly(
                new ChainProblem.MissingDigitalSignature(0), new ChainProblem.WrongExtendedKeyUsage(0, KeyPurpose.SERVER_AUTH));
        assertThat(problems(Vector.of(encipherOnly), AT, Purpose.TLS_CLIENT)).containsExactly(new ChainProblem.MissingDigitalSignature(0));
        assertThat(problems(Vector.of(encipherOnly), AT, Purpose.ANY)).isEmpty();
    }

    @Test
    void anUnknownCriticalExtensionIsReported() {
        ParsedCertificate odd = sign(new CertificateTemplate("CN=leaf", BigInteger.TWO, FROM, TO, leafKey.subjectPublicKeyInfo(),
                Option.none(), HashSet.empty(), Vector.empty(), Vector.empty(),
                Vector.of(new RawExtension("1.2.3.4", true, org.tlscodec.codec.Bytes.fromHex("0500")))), "CN=Root", rootKey);

        assertThat(problems(Vector.of(odd), AT, Purpose.ANY)).containsExactly(new ChainProblem.UnhandledCriticalExtension(0, "1.2.3.4"));
    }
}
