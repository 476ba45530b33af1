package org.tlscodec.vectors.crypto.sig;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.Sender;
import org.tlscodec.crypto.kdf.Transcript;
import org.tlscodec.crypto.pki.SeededRandom;
import org.tlscodec.crypto.sig.CertificateVerifySignatures;
import org.tlscodec.crypto.sig.KeyKind;
import org.tlscodec.crypto.sig.SigningKey;
import org.tlscodec.crypto.sig.Verification;
import org.tlscodec.crypto.sig.VerifyingKey;
import org.tlscodec.crypto.x509.Certificates;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.Certificate;
import org.tlscodec.tls.handshake.CertificateVerify;
import org.tlscodec.tls.handshake.Handshake;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * Every CertificateVerify of RFC 8448 (sections 3, 5, 6 and 7; section 4 resumes without one):
 * decoded with the codec, checked over the transcript hash (with the section 5 message_hash
 * rewrite) with the key of the Certificate before it. The servers sign with rsa_pss_rsae_sha256
 * (section 6's with ecdsa_secp256r1_sha256), section 6's client with rsa_pss_rsae_sha256. RSA-PSS
 * is randomised, so signing is checked with the section 2 private key by verifying our own
 * signature.
 */
class Rfc8448CertificateVerifyTest {
    private static final HashAlgorithm HASH = HashAlgorithm.SHA256;
    private static final WireContext TLS13 = WireContext.negotiated(ProtocolVersion.TLS_1_3, CipherSuite.TLS_AES_128_GCM_SHA256);
    private static final JsonNode TRACES = SigKat.json("rfc8448_tls13_traces.json");
    private static final List<String> SECTIONS = List.of("section_3_simple_1_rtt_handshake", "section_5_helloretryrequest",
            "section_6_client_authentication", "section_7_compatibility_mode");

    /** One CertificateVerify with what it is checked against. */
    record Case(String name, Sender sender, VerifyingKey key, Bytes transcriptHash, CertificateVerify message) {
    }

    private static LinkedHashMap<String, Bytes> messages(String section) {
        LinkedHashMap<String, Bytes> out = new LinkedHashMap<>();
        TRACES.path(section).path("handshake_messages").fields()
                .forEachRemaining(e -> out.put(e.getKey(), Bytes.fromHex(e.getValue().asText())));
        return out;
    }

    /** Every CertificateVerify of a section, with the transcript hash up to it and the key of the certificate before it. */
    static List<Case> cases(String section) {
        List<Case> out = new ArrayList<>();
        Transcript transcript = Transcript.empty();
        VerifyingKey lastKey = null;
        for (Map.Entry<String, Bytes> m : messages(section).entrySet()) {
            String name = m.getKey();
            if (name.endsWith("CertificateVerify")) {
                CertificateVerify cv = (CertificateVerify) Handshake.codec(TLS13).decode(m.getValue()).get();
                out.add(new Case(section.substring(0, 9) + " " + name, name.startsWith("client") ? Sender.CLIENT : Sender.SERVER,
                        lastKey, transcript.hash(HASH), cv));
            }
            if (name.endsWith("Certificate")) {
                Certificate.Tls13 certificate = (Certificate.Tls13) Handshake.codec(TLS13).decode(m.getValue()).get();
                lastKey = SigKat.right(VerifyingKey.of(Certificates.parse(certificate.certificateList().head().data())
                        .getOrElseThrow(e -> new AssertionError(e.detail()))));
            }
            transcript = transcript.append(m.getValue());
            if (name.equals("HelloRetryRequest")) {
                transcript = new Transcript(transcript.messages().dropRight(1)).rewriteForHelloRetryRequest(HASH)
                        .getOrElseThrow(e -> new AssertionError(e.message())).append(m.getValue());
            }
        }
        return out;
    }

    private static List<Case> allCases() {
        List<Case> all = new ArrayList<>();
        SECTIONS.forEach(s -> all.addAll(cases(s)));
        return all;
    }

    @TestFactory
    List<DynamicTest> everyCertificateVerifyOfRfc8448VerifiesWithTheCertificateKey() {
        List<Case> all = allCases();
        assertThat(all).hasSize(5);
        return all.stream().map(c -> DynamicTest.dynamicTest(c.name() + " " + c.message().algorithm().get(), () ->
                assertThat(CertificateVerifySignatures.verify(c.sender(), c.transcriptHash(), c.message(), c.key()).get())
                        .isEqualTo(Verification.VALID))).toList();
    }

    @TestFactory
    List<DynamicTest> aFlippedBitInTheSignatureOrTheTranscriptOrTheWrongSenderFailsVerification() {
        return allCases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            CertificateVerify flipped = new CertificateVerify(c.message().algorithm(), SigKat.flip(c.message().signature(), 77));
            assertThat(SigKat.valid(CertificateVerifySignatures.verify(c.sender(), c.transcriptHash(), flipped, c.key()))).isFalse();
            assertThat(CertificateVerifySignatures.verify(c.sender(), SigKat.flip(c.transcriptHash(), 3), c.message(), c.key()).get())
                    .isEqualTo(Verification.INVALID);
            Sender other = c.sender() == Sender.SERVER ? Sender.CLIENT : Sender.SERVER;
            assertThat(CertificateVerifySignatures.verify(other, c.transcriptHash(), c.message(), c.key()).get())
                    .isEqualTo(Verification.INVALID);
        })).toList();
    }

    @Test
    void section6SignsWithAnEcdsaServerKeyAndAnRsaClientKey() {
        List<Case> six = cases("section_6_client_authentication");
        assertThat(Vector.ofAll(six).map(c -> c.message().algorithm().get()))
                .containsExactly(SignatureScheme.ECDSA_SECP256R1_SHA256, SignatureScheme.RSA_PSS_RSAE_SHA256);
        assertThat(six.get(0).key().kind()).isEqualTo(new KeyKind.Ec("secp256r1"));
        assertThat(six.get(1).key().kind()).isEqualTo(new KeyKind.Rsa(1024));
    }

    /** The RSA key of RFC 8448 section 2, as PKCS#8. */
    static SigningKey section2Key() throws Exception {
        JsonNode k = TRACES.path("section_2_private_keys").path("server_rsa_key");
        BigInteger[] v = new BigInteger[8];
        String[] names = {"modulus", "public_exponent", "private_exponent", "prime1", "prime2", "exponent1", "exponent2", "coefficient"};
        for (int i = 0; i < names.length; i++) {
            v[i] = new BigInteger(1, SigKat.hex(k, names[i]).toArray());
        }
        PrivateKeyInfo info = new PrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                new RSAPrivateKey(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]));
        return SigKat.right(SigningKey.of(Bytes.of(info.getEncoded())));
    }

    @Test
    void signingTheSection3TranscriptWithTheSection2KeyGivesACertificateVerifyTheCertificateAccepts() throws Exception {
        Case server = cases("section_3_simple_1_rtt_handshake").get(0);
        SigningKey key = section2Key();
        CertificateVerify ours = SigKat.right(CertificateVerifySignatures.sign(Sender.SERVER, server.transcriptHash(),
                SignatureScheme.RSA_PSS_RSAE_SHA256, key, SeededRandom.of(Bytes.utf8("rfc 8448"), "pss salt")));
        assertThat(ours.algorithm()).contains(SignatureScheme.RSA_PSS_RSAE_SHA256);
        assertThat(ours.signature().size()).isEqualTo(server.message().signature().size()).isEqualTo(128);
        assertThat(ours.signature()).isNotEqualTo(server.message().signature()); // a fresh salt
        assertThat(CertificateVerifySignatures.verify(Sender.SERVER, server.transcriptHash(), ours, server.key()).get())
                .isEqualTo(Verification.VALID);
        // Its encoding is a CertificateVerify of the trace's length.
        assertThat(Handshake.codec(TLS13).encode(ours).get().size()).isEqualTo(136);
    }
}
