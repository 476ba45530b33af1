package org.tlscodec.vectors.crypto.sig;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.Sender;
import org.tlscodec.crypto.kdf.Transcript;
import org.tlscodec.crypto.sig.CertificateVerifySignatures;
import org.tlscodec.crypto.sig.KeyKind;
import org.tlscodec.crypto.sig.ServerKeyExchangeSignatures;
import org.tlscodec.crypto.sig.SignedContent;
import org.tlscodec.crypto.sig.Signatures;
import org.tlscodec.crypto.sig.Verification;
import org.tlscodec.crypto.sig.VerifyingKey;
import org.tlscodec.crypto.x509.Certificates;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.Certificate;
import org.tlscodec.tls.handshake.CertificateVerify;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.Handshake;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.handshake.ServerKeyExchange;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * Signatures made by other TLS stacks, from Scapy's recorded sessions: four TLS 1.2
 * ServerKeyExchanges (github.com's RSA server with rsa_pkcs1_sha512, an ECDSA P-256 server with
 * 0x0603, which TLS 1.2 reads as {sha512, ecdsa} on any curve, two more
 * RSA servers, one of them with records spread over TCP segments) checked from the raw records
 * through the record layer and the codec, and the CertificateVerify of both TLS 1.3 sessions
 * (given decrypted) over their SHA-384 transcript hash.
 */
class ScapySignaturesTest {
    private static final JsonNode SESSIONS = SigKat.json("scapy_tls_sessions.json").path("sessions");

    /** What each TLS 1.2 session signs with, and its certificate's key. */
    private static final Map<String, SignatureScheme> TLS12 = Map.of(
            "tls12_firefox_github_ecdhe_rsa_aes128gcm", SignatureScheme.RSA_PKCS1_SHA512,
            // {sha512, ecdsa} from a P-256 key: TLS 1.2 reads the code on any curve.
            "tls12_ecdhe_ecdsa_null_sha", SignatureScheme.ECDSA_SECP521R1_SHA512,
            "tls12_ecdhe_rsa_aes256gcm_sha384_pcap_keylog", SignatureScheme.RSA_PSS_RSAE_SHA256,
            "tls12_ecdhe_rsa_aes128gcm_sha256_tcp_fragmented_pcap_keylog", SignatureScheme.RSA_PKCS1_SHA512);

    /** The bytes one side sent: its records, in order. */
    private static Bytes stream(JsonNode session, String from) {
        Bytes out = Bytes.empty();
        for (JsonNode r : session.path("records")) {
            if (r.path("from").asText().equals(from)) {
                out = out.concat(Bytes.fromHex(r.path("complete_record").asText()));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyTls12ServerKeyExchangeOfScapysSessionsVerifiesWithItsCertificateKey() {
        return TLS12.keySet().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
            JsonNode session = SESSIONS.path(name);
            Vector<Bytes> serverWire = PlaintextFlight.messages(stream(session, "server"));
            ServerHello hello = (ServerHello) PlaintextFlight.decode(serverWire.take(1), WireContext.initial()).head();
            WireContext ctx = WireContext.negotiated(hello.negotiatedVersion(), hello.cipherSuite());
            Vector<HandshakeMessage> server = PlaintextFlight.decode(serverWire, ctx);
            ClientHello clientHello = (ClientHello) PlaintextFlight.decode(PlaintextFlight.messages(stream(session, "client")).take(1),
                    WireContext.initial()).head();
            Certificate.Tls12 certificate = (Certificate.Tls12) server.find(m -> m instanceof Certificate.Tls12).get();
            VerifyingKey key = SigKat.right(VerifyingKey.of(Certificates.parse(certificate.certificateList().head())
                    .getOrElseThrow(e -> new AssertionError(e.detail()))));
            ServerKeyExchange ske = (ServerKeyExchange) server.find(m -> m instanceof ServerKeyExchange).get();
            ServerKeyExchangeSignatures.SignedParams signed = SigKat.right(ServerKeyExchangeSignatures.signedParams(ske));

            assertThat(hello.negotiatedVersion()).isEqualTo(ProtocolVersion.TLS_1_2);
            assertThat(signed.signature().algorithm()).contains(TLS12.get(name));
            assertThat(key.kind()).isEqualTo(name.contains("ecdsa") ? new KeyKind.Ec("secp256r1") : new KeyKind.Rsa(2048));
            Bytes clientRandom = clientHello.random().bytes();
            Bytes serverRandom = hello.random().bytes();
            assertThat(ServerKeyExchangeSignatures.verify(ske, clientRandom, serverRandom, key).get()).isEqualTo(Verification.VALID);
            Bytes flippedParams = SigKat.right(SignedContent.serverKeyExchange(clientRandom, serverRandom, SigKat.flip(signed.params(), 20)));
            assertThat(Signatures.verify(signed.signature(), key, flippedParams).get()).isEqualTo(Verification.INVALID);
            assertThat(SigKat.valid(Signatures.verify(signed.signature().algorithm().get(), key,
                    SigKat.right(SignedContent.serverKeyExchange(clientRandom, serverRandom, signed.params())),
                    SigKat.flip(signed.signature().signature(), 33)))).isFalse();
        }));
    }

    @TestFactory
    Stream<DynamicTest> bothTls13CertificateVerifiesOfScapysSessionsVerifyOverTheirSha384Transcript() {
        WireContext tls13 = WireContext.negotiated(ProtocolVersion.TLS_1_3, CipherSuite.TLS_AES_256_GCM_SHA384);
        return List.of("tls13_aes256gcm_sha384_notebook_session", "tls13_aes256gcm_sha384_pcap_keylog").stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    JsonNode messages = SESSIONS.path(name).path("handshake_messages");
                    Transcript transcript = Transcript.empty();
                    for (String m : List.of("ClientHello", "ServerHello", "EncryptedExtensions", "Certificate")) {
                        transcript = transcript.append(Bytes.fromHex(messages.path(m).asText()));
                    }
                    Certificate.Tls13 certificate = (Certificate.Tls13) Handshake.codec(tls13)
                            .decode(Bytes.fromHex(messages.path("Certificate").asText())).get();
                    VerifyingKey key = SigKat.right(VerifyingKey.of(Certificates.parse(certificate.certificateList().head().data())
                            .getOrElseThrow(e -> new AssertionError(e.detail()))));
                    CertificateVerify cv = (CertificateVerify) Handshake.codec(tls13)
                            .decode(Bytes.fromHex(messages.path("CertificateVerify").asText())).get();
                    Bytes hash = transcript.hash(HashAlgorithm.SHA384);

                    assertThat(key.kind()).isInstanceOf(KeyKind.Rsa.class);
                    assertThat(cv.algorithm()).contains(SignatureScheme.RSA_PSS_RSAE_SHA256);
                    assertThat(CertificateVerifySignatures.verify(Sender.SERVER, hash, cv, key).get()).isEqualTo(Verification.VALID);
                    assertThat(CertificateVerifySignatures.verify(Sender.SERVER, HashAlgorithm.SHA256.digest(transcript.bytes()), cv, key).get())
                            .isEqualTo(Verification.INVALID);
                }));
    }
}
