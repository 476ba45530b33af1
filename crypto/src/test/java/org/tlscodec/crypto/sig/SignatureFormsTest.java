package org.tlscodec.crypto.sig;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.pki.SeededRandom;
import org.tlscodec.tls.handshake.DigitallySigned;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * The encodings inside the signatures, opened with the public key: PKCS#1 v1.5 with a DigestInfo
 * (RFC 8017 section 9.2), the TLS 1.0/1.1 RSA form without one (RFC 4346 section 7.4.3), and
 * RSASSA-PSS with a salt as long as the hash (RFC 8446 section 4.2.3).
 */
class SignatureFormsTest {
    private static final Bytes CONTENT = Bytes.utf8("client_random + server_random + params");
    /** The DER prefix of a SHA-256 DigestInfo (RFC 8017 section 9.2, note 1). */
    private static final Bytes SHA256_DIGEST_INFO = Bytes.fromHex("3031300d060960864801650304020105000420");

    /** s^e mod n, left-padded to the modulus length: the encoded message inside an RSA signature (test-side check). */
    private static Bytes open(Bytes signature) throws Exception {
        RSAPublicKey pub = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(TestKeys.RSA_1024.subjectPublicKeyInfo().toArray()));
        byte[] em = new BigInteger(1, signature.toArray()).modPow(pub.getPublicExponent(), pub.getModulus()).toByteArray();
        Bytes raw = Bytes.of(em);
        int k = (pub.getModulus().bitLength() + 7) / 8;
        return raw.size() > k ? raw.drop(raw.size() - k) : Bytes.zeros(k - raw.size()).concat(raw);
    }

    private static Bytes type1Padding(int k, int dataLength) {
        return Bytes.fromHex("0001").concat(Bytes.fromHex("ff".repeat(k - 3 - dataLength))).concat(Bytes.fromHex("00"));
    }

    @Test
    void theTls10RsaSignatureIsBlockTypeOneOverMd5ThenSha1WithNoDigestInfo() throws Exception {
        Bytes signature = LegacySignatures.sign(TestKeys.signing(TestKeys.RSA_1024), CONTENT).get();
        Bytes md5sha1 = HashAlgorithm.MD5.digest(CONTENT).concat(HashAlgorithm.SHA1.digest(CONTENT));
        assertThat(md5sha1.size()).isEqualTo(36);
        assertThat(open(signature)).isEqualTo(type1Padding(128, 36).concat(md5sha1));
        assertThat(LegacySignatures.verify(TestKeys.verifying(TestKeys.RSA_1024), CONTENT, signature).get()).isEqualTo(Verification.VALID);
    }

    @Test
    void aPkcs1Sha256SignatureCarriesTheSha256DigestInfo() throws Exception {
        Bytes signature = Signatures.sign(SignatureScheme.RSA_PKCS1_SHA256, TestKeys.signing(TestKeys.RSA_1024), CONTENT).get();
        Bytes digestInfo = SHA256_DIGEST_INFO.concat(HashAlgorithm.SHA256.digest(CONTENT));
        assertThat(open(signature)).isEqualTo(type1Padding(128, digestInfo.size()).concat(digestInfo));
    }

    @Test
    void rsaPssSignaturesUseASaltAsLongAsTheHashAndMgf1WithTheSameHash() throws Exception {
        Bytes signature = Signatures.sign(SignatureScheme.RSA_PSS_RSAE_SHA256, TestKeys.signing(TestKeys.RSA_1024), CONTENT).get();
        java.security.PublicKey pub = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(TestKeys.RSA_1024.subjectPublicKeyInfo().toArray()));
        assertThat(jdkPssVerifies(pub, signature, 32)).isTrue();
        assertThat(jdkPssVerifies(pub, signature, 20)).isFalse();
        assertThat(jdkPssVerifies(pub, signature, 0)).isFalse();
    }

    private static boolean jdkPssVerifies(java.security.PublicKey pub, Bytes signature, int saltLength) throws Exception {
        Signature jdk = Signature.getInstance("RSASSA-PSS");
        jdk.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, saltLength, 1));
        jdk.initVerify(pub);
        jdk.update(CONTENT.toArray());
        return jdk.verify(signature.toArray());
    }

    @Test
    void pkcs1AndEdDsaSignaturesAreDeterministicAndPssAndEcdsaAreNot() {
        SigningKey rsa = TestKeys.signing(TestKeys.RSA_1024);
        SigningKey ed = TestKeys.signing(TestKeys.ED25519);
        SigningKey ec = TestKeys.signing(TestKeys.P256);
        assertThat(Signatures.sign(SignatureScheme.RSA_PKCS1_SHA1, rsa, CONTENT).get())
                .isEqualTo(Signatures.sign(SignatureScheme.RSA_PKCS1_SHA1, rsa, CONTENT).get());
        assertThat(Signatures.sign(SignatureScheme.ED25519, ed, CONTENT).get()).isEqualTo(Signatures.sign(SignatureScheme.ED25519, ed, CONTENT).get());
        assertThat(Signatures.sign(SignatureScheme.RSA_PSS_RSAE_SHA256, rsa, CONTENT).get())
                .isNotEqualTo(Signatures.sign(SignatureScheme.RSA_PSS_RSAE_SHA256, rsa, CONTENT).get());
        assertThat(Signatures.sign(SignatureScheme.ECDSA_SECP256R1_SHA256, ec, CONTENT).get())
                .isNotEqualTo(Signatures.sign(SignatureScheme.ECDSA_SECP256R1_SHA256, ec, CONTENT).get());
    }

    @Test
    void aSeededRandomMakesRandomisedSignaturesRepeatable() {
        SigningKey ec = TestKeys.signing(TestKeys.P256);
        Bytes a = Signatures.sign(SignatureScheme.ECDSA_SHA1, ec, CONTENT, SeededRandom.of(Bytes.utf8("s"), "nonce")).get();
        Bytes b = Signatures.sign(SignatureScheme.ECDSA_SHA1, ec, CONTENT, SeededRandom.of(Bytes.utf8("s"), "nonce")).get();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void aDigitallySignedElementCarriesItsAlgorithmInTls12AndNoneBefore() {
        SigningKey ec = TestKeys.signing(TestKeys.P256);
        VerifyingKey pub = TestKeys.verifying(TestKeys.P256);
        DigitallySigned tls12 = Signatures.sign(Option.some(SignatureScheme.ECDSA_SECP256R1_SHA256), ec, CONTENT, new java.security.SecureRandom()).get();
        DigitallySigned tls10 = Signatures.sign(Option.none(), ec, CONTENT, new java.security.SecureRandom()).get();
        assertThat(tls12.algorithm()).contains(SignatureScheme.ECDSA_SECP256R1_SHA256);
        assertThat(tls10.algorithm()).isEmpty();
        assertThat(Signatures.verify(tls12, pub, CONTENT).get()).isEqualTo(Verification.VALID);
        assertThat(Signatures.verify(tls10, pub, CONTENT).get()).isEqualTo(Verification.VALID);
        // The TLS 1.0 ECDSA form is SHA-1: the same bytes verify as ecdsa_sha1 and not as ecdsa_secp256r1_sha256.
        assertThat(Signatures.verify(SignatureScheme.ECDSA_SHA1, pub, CONTENT, tls10.signature()).get()).isEqualTo(Verification.VALID);
        assertThat(Signatures.verify(SignatureScheme.ECDSA_SECP256R1_SHA256, pub, CONTENT, tls10.signature()).get()).isEqualTo(Verification.INVALID);
    }
}
