package org.tlscodec.vectors.crypto.sig;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.Sender;
import org.tlscodec.crypto.pki.IssuedCertificate;
import org.tlscodec.crypto.pki.SeededRandom;
import org.tlscodec.crypto.pki.TestPki;
import org.tlscodec.crypto.pki.TestPkiGenerator;
import org.tlscodec.crypto.sig.CertificateVerifySignatures;
import org.tlscodec.crypto.sig.KeyKind;
import org.tlscodec.crypto.sig.LegacySignatures;
import org.tlscodec.crypto.sig.SignatureSchemeInfo;
import org.tlscodec.crypto.sig.Signatures;
import org.tlscodec.crypto.sig.SigningKey;
import org.tlscodec.crypto.sig.Verification;
import org.tlscodec.crypto.sig.VerifyingKey;
import org.tlscodec.tls.handshake.CertificateVerify;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * Sign-then-verify round trips for every scheme each test key makes: the bundled PKI's RSA, P-256
 * and Ed25519 keys, the generated P-384, P-521, brainpool, Ed448, DSA and RSASSA-PSS keys, and a
 * PKI made by {@link TestPkiGenerator}. Each signature verifies with its own key and not with
 * another key of the same kind; the TLS 1.0/1.1 forms round-trip for RSA, DSA and ECDSA keys; and
 * every scheme a TLS 1.3 CertificateVerify allows for the key round-trips there.
 */
class TestPkiSignaturesTest {
    private static final Bytes CONTENT = Bytes.utf8("tlscodec: the content a handshake signs");

    /** Another key of the same kind, for the wrong-key check. */
    private static SigTestKeys.Pair sibling(SigTestKeys.Pair key) {
        return SigTestKeys.ALL.find(k -> k != key && sameKind(k.verifying().kind(), key.verifying().kind()))
                .getOrElse(() -> key == SigTestKeys.P384 ? SigTestKeys.P521 : SigTestKeys.P384);
    }

    private static boolean sameKind(KeyKind a, KeyKind b) {
        return a.getClass() == b.getClass() && (!(a instanceof KeyKind.Ec) || a.equals(b));
    }

    @TestFactory
    Stream<DynamicTest> everySchemeOfEveryTestKeyRoundTripsAndFailsUnderAnotherKey() {
        return SigTestKeys.ALL.toJavaStream().flatMap(key -> Signatures.schemesFor(key.verifying().kind()).toJavaStream()
                .map(scheme -> DynamicTest.dynamicTest(key + " " + scheme, () -> {
                    Bytes signature = SigKat.right(Signatures.sign(scheme, key.signing(), CONTENT,
                            SeededRandom.of(Bytes.utf8(key.name()), scheme.toString())));
                    assertThat(Signatures.verify(scheme, key.verifying(), CONTENT, signature).get()).isEqualTo(Verification.VALID);
                    SigTestKeys.Pair other = sibling(key);
                    if (Signatures.fit(scheme, other.verifying().kind()).isRight()) {
                        assertThat(SigKat.valid(Signatures.verify(scheme, other.verifying(), CONTENT, signature))).isFalse();
                    }
                })));
    }

    @Test
    void theTestKeysCoverEverySchemeThisLibraryRuns() {
        Vector<SignatureScheme> covered = SigTestKeys.ALL.flatMap(k -> Signatures.schemesFor(k.verifying().kind())).distinct();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(SignatureSchemeInfo.ALL.map(SignatureSchemeInfo::scheme));
        assertThat(SigTestKeys.RSA_PSS.verifying().kind()).isEqualTo(new KeyKind.RsaPss(2048));
        assertThat(SigTestKeys.DSA.verifying().kind()).isEqualTo(new KeyKind.Dsa(2048));
        assertThat(SigTestKeys.SERVER_ECDSA.verifying().kind()).isEqualTo(new KeyKind.Ec("secp256r1"));
    }

    @TestFactory
    Stream<DynamicTest> theTls10FormRoundTripsForRsaDsaAndEcdsaKeys() {
        return Stream.of(SigTestKeys.SERVER_RSA, SigTestKeys.SERVER_ECDSA, SigTestKeys.P521, SigTestKeys.BRAINPOOL_P256, SigTestKeys.DSA)
                .map(key -> DynamicTest.dynamicTest(key.name(), () -> {
                    Bytes signature = SigKat.right(LegacySignatures.sign(key.signing(), CONTENT));
                    assertThat(LegacySignatures.verify(key.verifying(), CONTENT, signature).get()).isEqualTo(Verification.VALID);
                    assertThat(SigKat.valid(LegacySignatures.verify(key.verifying(), SigKat.flip(CONTENT, 9), signature))).isFalse();
                }));
    }

    @TestFactory
    Stream<DynamicTest> everySchemeATls13CertificateVerifyAllowsRoundTripsThereForBothSenders() {
        Bytes transcriptHash = HashAlgorithm.SHA384.digest(CONTENT);
        return SigTestKeys.ALL.toJavaStream().flatMap(key -> Signatures.schemesFor(key.verifying().kind())
                .filter(s -> CertificateVerifySignatures.allowed(s, key.verifying().kind()).isRight()).toJavaStream()
                .map(scheme -> DynamicTest.dynamicTest(key + " " + scheme, () -> {
                    for (Sender sender : Sender.values()) {
                        CertificateVerify cv = SigKat.right(CertificateVerifySignatures.sign(sender, transcriptHash, scheme, key.signing(),
                                SeededRandom.of(Bytes.utf8("cv"), key + " " + scheme)));
                        assertThat(CertificateVerifySignatures.verify(sender, transcriptHash, cv, key.verifying()).get())
                                .isEqualTo(Verification.VALID);
                    }
                })));
    }

    @Test
    void aTls13CertificateVerifyRefusesDsaKeysAndCurvesOtherThanTheSchemeNames() {
        Bytes hash = HashAlgorithm.SHA256.digest(CONTENT);
        assertThat(Signatures.schemesFor(SigTestKeys.DSA.verifying().kind())
                .filter(s -> CertificateVerifySignatures.allowed(s, SigTestKeys.DSA.verifying().kind()).isRight())).isEmpty();
        assertThat(CertificateVerifySignatures.sign(Sender.SERVER, hash, SignatureScheme.ECDSA_SECP256R1_SHA256, SigTestKeys.P384.signing(),
                new java.security.SecureRandom()).getLeft().message()).contains("secp256r1").contains("secp384r1");
    }

    @Test
    void theLeavesOfAGeneratedTestPkiSignWithTheirSchemes() {
        TestPki pki = TestPkiGenerator.generate(TestPkiGenerator.seed(4), Instant.parse("2030-01-01T00:00:00Z"), Duration.ofDays(30))
                .getOrElseThrow(e -> new AssertionError(e.detail()));
        for (IssuedCertificate leaf : pki.leaves().map(t -> t._2)) {
            SigningKey key = SigKat.right(SigningKey.of(leaf.key()));
            VerifyingKey pub = SigKat.right(VerifyingKey.of(leaf.certificate()));
            SignatureScheme scheme = pub.kind() instanceof KeyKind.Rsa ? SignatureScheme.RSA_PSS_RSAE_SHA256
                    : pub.kind() instanceof KeyKind.Ec ? SignatureScheme.ECDSA_SECP256R1_SHA256 : SignatureScheme.ED25519;
            Bytes signature = SigKat.right(Signatures.sign(scheme, key, CONTENT));
            assertThat(Signatures.verify(scheme, pub, CONTENT, signature).get()).as(leaf.certificate().subject()).isEqualTo(Verification.VALID);
        }
    }
}
