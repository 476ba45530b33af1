package org.tlscodec.crypto.sig;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.SignatureScheme;

/** Which keys make which schemes' signatures (RFC 8446 section 4.2.3, RFC 5246 section 7.4.1.4.1), and where TLS allows them. */
class SchemeFitTest {
    private static final Bytes CONTENT = Bytes.utf8("content");

    @Test
    void anEd25519KeyWithRsaPssRsaeIsAnErrorNamingBothTheSchemeAndTheKey() {
        SigningKey ed = TestKeys.signing(TestKeys.ED25519);
        SignatureError e = Signatures.sign(SignatureScheme.RSA_PSS_RSAE_SHA256, ed, CONTENT).getLeft();
        assertThat(e).isInstanceOf(SignatureError.KeyDoesNotFitScheme.class);
        assertThat(e.message()).contains("rsa_pss_rsae_sha256").contains("0x0804").contains("Ed25519").contains("rsaEncryption");
        SignatureError v = Signatures.verify(SignatureScheme.RSA_PSS_RSAE_SHA256, TestKeys.verifying(TestKeys.ED25519), CONTENT,
                Bytes.zeros(256)).getLeft();
        assertThat(v).isEqualTo(e);
    }

    @Test
    void anRsaEncryptionKeyMakesPkcs1AndPssRsaeButNotPssPssSignatures() {
        KeyKind rsa = new KeyKind.Rsa(2048);
        assertThat(Signatures.fit(SignatureScheme.RSA_PKCS1_SHA256, rsa).isRight()).isTrue();
        assertThat(Signatures.fit(SignatureScheme.RSA_PSS_RSAE_SHA384, rsa).isRight()).isTrue();
        assertThat(Signatures.fit(SignatureScheme.RSA_PSS_PSS_SHA256, rsa).getLeft().message()).contains("id-RSASSA-PSS");
    }

    @Test
    void anRsassaPssKeyMakesOnlyPssPssSignatures() {
        KeyKind pss = new KeyKind.RsaPss(2048);
        assertThat(Signatures.schemesFor(pss)).containsExactly(
                SignatureScheme.RSA_PSS_PSS_SHA256, SignatureScheme.RSA_PSS_PSS_SHA384, SignatureScheme.RSA_PSS_PSS_SHA512);
        assertThat(Signatures.fit(SignatureScheme.RSA_PSS_RSAE_SHA256, pss).getLeft().message()).contains("rsaEncryption");
    }

    @Test
    void everyRsaDsaAndEcdsaPairOfTls12FromMd5ToSha512IsRunnable() {
        for (int hash = 1; hash <= 6; hash++) {
            for (int signature = 1; signature <= 3; signature++) {
                SignatureScheme scheme = SignatureScheme.of(hash << 8 | signature);
                assertThat(SignatureSchemeInfo.of(scheme)).as(scheme.toString()).isNotEmpty();
                assertThat(SignatureSchemeInfo.of(scheme).get().tls12()).isTrue();
                assertThat(SignatureSchemeInfo.of(scheme).get().hash().get().name()).isEqualTo(
                        Vector.of("MD5", "SHA1", "SHA224", "SHA256", "SHA384", "SHA512").get(hash - 1));
            }
        }
    }

    @Test
    void schemesThisLibraryDoesNotRunAreAnErrorThatSaysWhatIsSupported() {
        for (SignatureScheme s : Vector.of(SignatureScheme.SM2SIG_SM3, SignatureScheme.GOSTR34102012_256A, SignatureScheme.MLDSA65,
                SignatureScheme.of(0x0a0a), SignatureScheme.of(0x0204))) {
            SignatureError e = Signatures.sign(s, TestKeys.signing(TestKeys.P256), CONTENT).getLeft();
            assertThat(e).as(s.toString()).isInstanceOf(SignatureError.UnsupportedScheme.class);
            assertThat(e.message()).contains(s.hexCode()).contains("ECDSA");
        }
    }

    @Test
    void tls12ReadsTheSha2EcdsaCodesOnAnyCurveButTls13BindsThemToTheirCurve() {
        KeyKind p384 = new KeyKind.Ec("secp384r1");
        assertThat(Signatures.fit(SignatureScheme.ECDSA_SECP256R1_SHA256, p384).isRight()).isTrue();
        SignatureError e = CertificateVerifySignatures.allowed(SignatureScheme.ECDSA_SECP256R1_SHA256, p384).getLeft();
        assertThat(e.message()).contains("ecdsa_secp256r1_sha256").contains("secp256r1").contains("secp384r1");
        assertThat(CertificateVerifySignatures.allowed(SignatureScheme.ECDSA_SECP384R1_SHA384, p384).isRight()).isTrue();
    }

    @Test
    void theBrainpoolSchemesExistOnlyForTheirCurveEvenOutsideCertificateVerify() {
        assertThat(Signatures.fit(SignatureScheme.ECDSA_BRAINPOOLP256R1TLS13_SHA256, new KeyKind.Ec("brainpoolP256r1")).isRight()).isTrue();
        assertThat(Signatures.fit(SignatureScheme.ECDSA_BRAINPOOLP256R1TLS13_SHA256, new KeyKind.Ec("secp256r1")).getLeft())
                .isInstanceOf(SignatureError.KeyDoesNotFitScheme.class);
        assertThat(Signatures.fit(SignatureScheme.ECDSA_BRAINPOOLP384R1TLS13_SHA384, new KeyKind.Ec("brainpoolP256r1")).isLeft()).isTrue();
    }

    @Test
    void aTls13CertificateVerifyRefusesPkcs1Sha1AndDsaButTakesTheLegacyPkcs1Codes() {
        KeyKind rsa = new KeyKind.Rsa(2048);
        for (SignatureScheme s : Vector.of(SignatureScheme.RSA_PKCS1_SHA256, SignatureScheme.RSA_PKCS1_SHA1, SignatureScheme.RSA_SHA224)) {
            assertThat(CertificateVerifySignatures.allowed(s, rsa).getLeft()).as(s.toString()).isInstanceOf(SignatureError.SchemeNotAllowed.class);
        }
        assertThat(CertificateVerifySignatures.allowed(SignatureScheme.ECDSA_SHA1, new KeyKind.Ec("secp256r1")).isLeft()).isTrue();
        assertThat(CertificateVerifySignatures.allowed(SignatureScheme.DSA_SHA256, new KeyKind.Dsa(2048)).isLeft()).isTrue();
        assertThat(CertificateVerifySignatures.allowed(SignatureScheme.RSA_PKCS1_SHA256_LEGACY, rsa).isRight()).isTrue();
        assertThat(CertificateVerifySignatures.allowed(SignatureScheme.RSA_PSS_RSAE_SHA256, rsa).isRight()).isTrue();
    }

    @Test
    void eachKindOfKeyIsOfferedExactlyTheSchemesOfItsFamily() {
        assertThat(Signatures.schemesFor(new KeyKind.Ed25519())).containsExactly(SignatureScheme.ED25519);
        assertThat(Signatures.schemesFor(new KeyKind.Ed448())).containsExactly(SignatureScheme.ED448);
        assertThat(Signatures.schemesFor(new KeyKind.Dsa(2048))).hasSize(6).allMatch(s -> s.name().get().startsWith("dsa_"));
        assertThat(Signatures.schemesFor(new KeyKind.Rsa(2048))).hasSize(12)
                .contains(SignatureScheme.RSA_MD5, SignatureScheme.RSA_SHA224, SignatureScheme.RSA_PKCS1_SHA512_LEGACY, SignatureScheme.RSA_PSS_RSAE_SHA512);
        assertThat(Signatures.schemesFor(new KeyKind.Ec("secp521r1"))).hasSize(6).doesNotContain(SignatureScheme.ECDSA_BRAINPOOLP512R1TLS13_SHA512);
        assertThat(Signatures.schemesFor(new KeyKind.Ec("brainpoolP512r1"))).hasSize(7).contains(SignatureScheme.ECDSA_BRAINPOOLP512R1TLS13_SHA512);
        assertThat(Signatures.schemesFor(new KeyKind.Other("X25519"))).isEmpty();
    }
}
