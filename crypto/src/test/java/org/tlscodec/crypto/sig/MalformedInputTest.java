package org.tlscodec.crypto.sig;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.x509.KeyPairDer;
import org.tlscodec.tls.registry.SignatureScheme;

/** Bytes that are not a signature, a key or content of the right form are error values; nothing throws. */
class MalformedInputTest {
    private static final Bytes CONTENT = Bytes.utf8("the signed content");

    @Test
    void anEd25519SignatureOf63BytesIsMalformedAndSaysItIs64() {
        SignatureError e = Signatures.verify(SignatureScheme.ED25519, TestKeys.verifying(TestKeys.ED25519), CONTENT, Bytes.zeros(63)).getLeft();
        assertThat(e).isInstanceOf(SignatureError.MalformedSignature.class);
        assertThat(e.message()).contains("63 bytes").contains("64 bytes");
        assertThat(Signatures.verify(SignatureScheme.ED448, TestKeys.verifying(TestKeys.ED448), CONTENT, Bytes.zeros(64)).getLeft().message())
                .contains("114 bytes");
    }

    @Test
    void anRsaSignatureShorterThanTheModulusIsMalformedAndNamesBothLengths() {
        Bytes signature = Signatures.sign(SignatureScheme.RSA_PKCS1_SHA256, TestKeys.signing(TestKeys.RSA_1024), CONTENT).get();
        SignatureError e = Signatures.verify(SignatureScheme.RSA_PKCS1_SHA256, TestKeys.verifying(TestKeys.RSA_1024), CONTENT,
                signature.drop(1)).getLeft();
        assertThat(e.message()).contains("127 bytes").contains("RSA-1024").contains("128 bytes");
        assertThat(Signatures.verify(SignatureScheme.RSA_PKCS1_SHA256, TestKeys.verifying(TestKeys.RSA_1024), CONTENT,
                signature.concat(Bytes.of((byte) 0))).getLeft()).isInstanceOf(SignatureError.MalformedSignature.class);
    }

    @Test
    void anEcdsaSignatureThatIsNotTheDerOfTwoIntegersIsMalformed() {
        VerifyingKey key = TestKeys.verifying(TestKeys.P256);
        Bytes good = Signatures.sign(SignatureScheme.ECDSA_SECP256R1_SHA256, TestKeys.signing(TestKeys.P256), CONTENT).get();
        // Trailing byte, an indefinite/long-form length (BER, not DER), three integers, an OCTET STRING.
        Bytes longForm = Bytes.fromHex("3081").concat(Bytes.ofUnsigned(good.get(1))).concat(good.drop(2));
        Vector<Bytes> bad = Vector.of(good.concat(Bytes.of((byte) 0)), longForm,
                Bytes.fromHex("3009020101020101020101"), Bytes.fromHex("0403010203"), Bytes.empty());
        for (Bytes b : bad) {
            Either<SignatureError, Verification> r = Signatures.verify(SignatureScheme.ECDSA_SECP256R1_SHA256, key, CONTENT, b);
            assertThat(r.isLeft()).as(b.hex()).isTrue();
            assertThat(r.getLeft()).isInstanceOf(SignatureError.MalformedSignature.class);
            assertThat(r.getLeft().message()).contains("SEQUENCE { INTEGER r, INTEGER s }");
        }
        assertThat(Signatures.verify(SignatureScheme.ECDSA_SECP256R1_SHA256, key, CONTENT, good).get()).isEqualTo(Verification.VALID);
    }

    @Test
    void wellFormedButWrongEcdsaIntegersAreInvalidNotAnError() {
        // r = s = 1 is DER of two integers, and no signature of anything.
        assertThat(Signatures.verify(SignatureScheme.ECDSA_SECP256R1_SHA256, TestKeys.verifying(TestKeys.P256), CONTENT,
                Bytes.fromHex("3006020101020101")).get()).isEqualTo(Verification.INVALID);
    }

    @Test
    void randomBytesOfEveryLengthNeverVerifyAndNeverThrowUnderAnyScheme() {
        Random random = new Random(7);
        Vector<KeyPairDer> keys = Vector.of(TestKeys.RSA_1024, TestKeys.P256, TestKeys.ED25519, TestKeys.ED448);
        for (KeyPairDer pair : keys) {
            VerifyingKey key = TestKeys.verifying(pair);
            for (SignatureScheme scheme : Signatures.schemesFor(key.kind())) {
                for (int length : new int[] {0, 1, 8, 64, 72, 114, 128, 129, 300}) {
                    byte[] b = new byte[length];
                    random.nextBytes(b);
                    if (length > 2) {
                        b[0] = 0x30; // a SEQUENCE tag, so some reach the DER reader's depths
                        b[1] = (byte) (length - 2);
                    }
                    Either<SignatureError, Verification> r = Signatures.verify(scheme, key, CONTENT, Bytes.of(b));
                    assertThat(r.map(Verification::isValid).getOrElse(false)).as(scheme + " " + length).isFalse();
                }
            }
        }
    }

    @Test
    void malformedKeyDerIsAnErrorNamingTheStructure() {
        Bytes spki = TestKeys.P256.subjectPublicKeyInfo();
        assertThat(VerifyingKey.of(spki.concat(Bytes.of((byte) 0))).getLeft()).isInstanceOf(SignatureError.MalformedKey.class);
        assertThat(VerifyingKey.of(spki.take(20)).getLeft().message()).contains("SubjectPublicKeyInfo");
        assertThat(VerifyingKey.of(Bytes.fromHex("0500")).getLeft()).isInstanceOf(SignatureError.MalformedKey.class);
        assertThat(SigningKey.of(TestKeys.P256.privateKeyInfo().drop(1)).getLeft().message()).contains("PKCS#8");
        assertThat(SigningKey.of(spki).getLeft()).isInstanceOf(SignatureError.MalformedKey.class);
    }

    @Test
    void pemWithoutAPrivateKeyBlockSaysWhichBlocksItFound() {
        String pem = "-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n";
        assertThat(SigningKey.ofPem(pem).getLeft().message()).contains("PRIVATE KEY").contains("[CERTIFICATE]");
        assertThat(SigningKey.ofPem(TestKeys.ED25519.privateKeyPem()).get().kind()).isEqualTo(new KeyKind.Ed25519());
    }

    @Test
    void anX25519KeyIsReadButMakesNoSignature() {
        VerifyingKey x = VerifyingKey.of(TestKeys.X25519_SPKI).get();
        assertThat(x.kind()).isEqualTo(new KeyKind.Other("X25519"));
        SignatureError e = Signatures.verify(SignatureScheme.ED25519, x, CONTENT, Bytes.zeros(64)).getLeft();
        assertThat(e.message()).contains("ed25519").contains("X25519");
        assertThat(LegacySignatures.verify(x, CONTENT, Bytes.zeros(64)).getLeft()).isInstanceOf(SignatureError.NoLegacySignature.class);
    }

    @Test
    void edDsaKeysHaveNoSignatureWithoutAlgorithmField() {
        SignatureError e = LegacySignatures.sign(TestKeys.signing(TestKeys.ED25519), CONTENT).getLeft();
        assertThat(e).isInstanceOf(SignatureError.NoLegacySignature.class);
        assertThat(e.message()).contains("RSA, DSA and ECDSA").contains("Ed25519");
    }

    @Test
    void aModulusTooShortForPssWithSha512IsASigningErrorNotAnException() {
        // RSASSA-PSS needs emLen >= hLen + sLen + 2 = 130 bytes (RFC 8017 section 9.1.1); RSA-1024 gives 128.
        SignatureError e = Signatures.sign(SignatureScheme.RSA_PSS_RSAE_SHA512, TestKeys.signing(TestKeys.RSA_1024), CONTENT).getLeft();
        assertThat(e).isInstanceOf(SignatureError.SigningFailed.class);
        assertThat(e.message()).contains("rsa_pss_rsae_sha512");
        assertThat(Signatures.sign(SignatureScheme.RSA_PSS_RSAE_SHA384, TestKeys.signing(TestKeys.RSA_1024), CONTENT).isRight()).isTrue();
    }
}
