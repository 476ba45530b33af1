package org.tlscodec.vectors.crypto.sig;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.sig.KeyKind;
import org.tlscodec.crypto.sig.Signatures;
import org.tlscodec.crypto.sig.SigningKey;
import org.tlscodec.crypto.sig.Verification;
import org.tlscodec.crypto.sig.VerifyingKey;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * The deterministic schemes give byte-exact signatures: Ed25519 (RFC 8032 section 7.1, all five
 * tests), Ed448 (RFC 8032 section 7.4, the eight tests with an empty context) and
 * RSASSA-PKCS1-v1_5 with SHA-1, SHA-224, SHA-256, SHA-384 and SHA-512 (Wycheproof's
 * RsassaPkcs1Generate groups); every published signature also verifies, and with one bit flipped
 * does not. Data: {@code kat/signature_known_answers.json}.
 */
class KnownAnswerSignaturesTest {
    private static final JsonNode KAT = SigKat.json("signature_known_answers.json");

    /** RFC 8410 wrappers of the raw RFC 8032 keys: PKCS#8 (section 7) and SubjectPublicKeyInfo (section 4). */
    private static final Bytes ED25519_PKCS8 = Bytes.fromHex("302e020100300506032b657004220420");
    private static final Bytes ED25519_SPKI = Bytes.fromHex("302a300506032b6570032100");
    private static final Bytes ED448_PKCS8 = Bytes.fromHex("3047020100300506032b6571043b0439");
    private static final Bytes ED448_SPKI = Bytes.fromHex("3043300506032b6571033a00");

    private static final Map<String, SignatureScheme> PKCS1 = Map.of(
            "SHA-1", SignatureScheme.RSA_PKCS1_SHA1, "SHA-224", SignatureScheme.RSA_SHA224, "SHA-256", SignatureScheme.RSA_PKCS1_SHA256,
            "SHA-384", SignatureScheme.RSA_PKCS1_SHA384, "SHA-512", SignatureScheme.RSA_PKCS1_SHA512);

    private static List<DynamicTest> eddsa(String field, SignatureScheme scheme, Bytes pkcs8Prefix, Bytes spkiPrefix, int count) {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode v : KAT.path(field)) {
            tests.add(DynamicTest.dynamicTest("RFC 8032 " + v.path("rfc_section").asText() + " " + v.path("name").asText(), () -> {
                SigningKey secret = SigKat.right(SigningKey.of(pkcs8Prefix.concat(SigKat.hex(v, "secret_key"))));
                VerifyingKey pub = SigKat.right(VerifyingKey.of(spkiPrefix.concat(SigKat.hex(v, "public_key"))));
                Bytes message = SigKat.hex(v, "message");
                Bytes expected = SigKat.hex(v, "signature");
                assertThat(SigKat.right(Signatures.sign(scheme, secret, message))).isEqualTo(expected);
                assertThat(Signatures.verify(scheme, pub, message, expected).get()).isEqualTo(Verification.VALID);
                assertThat(Signatures.verify(scheme, pub, message, SigKat.flip(expected, 13)).get()).isEqualTo(Verification.INVALID);
            }));
        }
        assertThat(tests).hasSize(count);
        return tests;
    }

    @TestFactory
    List<DynamicTest> ed25519SignsEveryTestOfRfc8032Section71ByteForByte() {
        return eddsa("rfc8032_ed25519", SignatureScheme.ED25519, ED25519_PKCS8, ED25519_SPKI, 5);
    }

    @TestFactory
    List<DynamicTest> ed448SignsEveryEmptyContextTestOfRfc8032Section74ByteForByte() {
        return eddsa("rfc8032_ed448", SignatureScheme.ED448, ED448_PKCS8, ED448_SPKI, 8);
    }

    @TestFactory
    List<DynamicTest> rsaPkcs1SignsWycheproofsGenerationVectorsByteForByteWithEveryHash() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode group : KAT.path("wycheproof_rsassa_pkcs1_generate")) {
            SignatureScheme scheme = PKCS1.get(group.path("sha").asText());
            for (JsonNode t : group.path("tests")) {
                tests.add(DynamicTest.dynamicTest(scheme + " tcId " + t.path("tcId").asInt() + " (" + group.path("group").asText() + ")", () -> {
                    SigningKey key = SigKat.right(SigningKey.of(SigKat.hex(group, "privateKeyPkcs8")));
                    VerifyingKey pub = SigKat.right(VerifyingKey.of(SigKat.hex(group, "keyDer")));
                    assertThat(key.kind()).isEqualTo(new KeyKind.Rsa(group.path("keysize").asInt()));
                    Bytes message = SigKat.hex(t, "msg");
                    Bytes expected = SigKat.hex(t, "sig");
                    assertThat(SigKat.right(Signatures.sign(scheme, key, message))).isEqualTo(expected);
                    assertThat(Signatures.verify(scheme, pub, message, expected).get()).isEqualTo(Verification.VALID);
                    assertThat(Signatures.verify(scheme, pub, message, SigKat.flip(expected, 700)).get()).isEqualTo(Verification.INVALID);
                }));
            }
        }
        assertThat(tests).hasSize(15);
        return tests;
    }

    @Test
    void thePkcs1LegacyCodesOfTls13SignExactlyAsTheirTls12Counterparts() {
        JsonNode group = KAT.path("wycheproof_rsassa_pkcs1_generate").get(2);
        assertThat(group.path("sha").asText()).isEqualTo("SHA-256");
        JsonNode t = group.path("tests").get(1);
        SigningKey key = SigKat.right(SigningKey.of(SigKat.hex(group, "privateKeyPkcs8")));
        assertThat(SigKat.right(Signatures.sign(SignatureScheme.RSA_PKCS1_SHA256_LEGACY, key, SigKat.hex(t, "msg"))))
                .isEqualTo(SigKat.hex(t, "sig"));
    }

    @Test
    void aSignatureUnderOneHashDoesNotVerifyUnderAnother() {
        JsonNode group = KAT.path("wycheproof_rsassa_pkcs1_generate").get(2);
        JsonNode t = group.path("tests").get(0);
        VerifyingKey pub = SigKat.right(VerifyingKey.of(SigKat.hex(group, "keyDer")));
        for (SignatureScheme other : List.of(SignatureScheme.RSA_PKCS1_SHA1, SignatureScheme.RSA_SHA224, SignatureScheme.RSA_PKCS1_SHA384,
                SignatureScheme.RSA_PKCS1_SHA512, SignatureScheme.RSA_MD5, SignatureScheme.RSA_PSS_RSAE_SHA256)) {
            assertThat(Signatures.verify(other, pub, SigKat.hex(t, "msg"), SigKat.hex(t, "sig")).get()).as(other.toString())
                    .isEqualTo(Verification.INVALID);
        }
    }
}
