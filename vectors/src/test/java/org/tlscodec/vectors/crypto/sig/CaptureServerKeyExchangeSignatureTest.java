package org.tlscodec.vectors.crypto.sig;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.pki.SeededRandom;
import org.tlscodec.crypto.sig.ServerKeyExchangeSignatures;
import org.tlscodec.crypto.sig.SignedContent;
import org.tlscodec.crypto.sig.Signatures;
import org.tlscodec.crypto.sig.Verification;
import org.tlscodec.crypto.sig.VerifyingKey;
import org.tlscodec.crypto.x509.Certificates;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.Certificate;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.DigitallySigned;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.handshake.ServerKeyExchange;
import org.tlscodec.tls.handshake.ServerKeyExchangeDh;
import org.tlscodec.tls.handshake.ServerKeyExchangeEcdh;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SignatureScheme;
import org.tlscodec.vectors.data.Captures;

/**
 * The ServerKeyExchange signature of every real OpenSSL capture that has one (four TLS 1.2
 * handshakes with rsa_pss_rsae_sha256, and TLS 1.0 with the MD5+SHA-1 form): the server's flight
 * parsed with the record layer and the handshake codec, the signed content rebuilt from the hello
 * randoms and the params as sent, checked with the key of the server's certificate. A flipped bit
 * in the signature, the params or a random fails. The TLS 1.0 form is deterministic, so signing
 * the same content with the bundled server key gives the captured signature byte for byte.
 */
class CaptureServerKeyExchangeSignatureTest {
    private static final List<String> CASES = List.of("tls12_ecdhe_rsa_aes128gcm", "tls12_dhe_rsa_aes256_sha256",
            "tls12_ecdhe_rsa_aes256_sha384", "tls12_ticket_resumption", "tls10_ecdhe_rsa_aes256_sha");

    /** What one full handshake's plaintext flights give the signature. */
    record Flight(String name, ProtocolVersion version, Bytes clientRandom, Bytes serverRandom, VerifyingKey serverKey,
                  ServerKeyExchange serverKeyExchange) {
    }

    static Flight flight(String captureCase) {
        Vector<Bytes> serverWire = PlaintextFlight.messages(Captures.stream(captureCase, 0, Captures.Side.SERVER).get());
        Vector<Bytes> clientWire = PlaintextFlight.messages(Captures.stream(captureCase, 0, Captures.Side.CLIENT).get());
        ServerHello hello = (ServerHello) PlaintextFlight.decode(serverWire.take(1), WireContext.initial()).head();
        WireContext ctx = WireContext.negotiated(hello.negotiatedVersion(), hello.cipherSuite());
        Vector<HandshakeMessage> server = PlaintextFlight.decode(serverWire, ctx);
        ClientHello clientHello = (ClientHello) PlaintextFlight.decode(clientWire.take(1), WireContext.initial()).head();
        Certificate.Tls12 certificate = (Certificate.Tls12) server.find(m -> m instanceof Certificate.Tls12).get();
        VerifyingKey key = SigKat.right(VerifyingKey.of(Certificates.parse(certificate.certificateList().head())
                .getOrElseThrow(e -> new AssertionError(e.detail()))));
        ServerKeyExchange ske = (ServerKeyExchange) server.find(m -> m instanceof ServerKeyExchange).get();
        return new Flight(captureCase, hello.negotiatedVersion(), clientHello.random().bytes(), hello.random().bytes(), key, ske);
    }

    private static Stream<DynamicTest> each(java.util.function.Consumer<Flight> check) {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c, () -> check.accept(flight(c))));
    }

    @TestFactory
    Stream<DynamicTest> everyCapturedServerKeyExchangeVerifiesWithTheServerCertificateKey() {
        return each(f -> {
            assertThat(ServerKeyExchangeSignatures.verify(f.serverKeyExchange(), f.clientRandom(), f.serverRandom(), f.serverKey()).get())
                    .isEqualTo(Verification.VALID);
            // The certificate on the wire carries the bundled server-rsa key.
            assertThat(f.serverKey()).isEqualTo(SigKat.pkiVerifyingKey("server-rsa"));
        });
    }

    @TestFactory
    Stream<DynamicTest> aFlippedBitInTheSignatureTheParamsOrARandomFailsVerification() {
        return each(f -> {
            ServerKeyExchangeSignatures.SignedParams signed = SigKat.right(ServerKeyExchangeSignatures.signedParams(f.serverKeyExchange()));
            Bytes content = SigKat.right(SignedContent.serverKeyExchange(f.clientRandom(), f.serverRandom(), signed.params()));
            DigitallySigned flippedSignature = new DigitallySigned(signed.signature().algorithm(), SigKat.flip(signed.signature().signature(), 1000));
            Bytes flippedParams = SigKat.right(SignedContent.serverKeyExchange(f.clientRandom(), f.serverRandom(),
                    SigKat.flip(signed.params(), 8 * 5 + 2)));
            Bytes flippedRandom = SigKat.right(SignedContent.serverKeyExchange(SigKat.flip(f.clientRandom(), 255), f.serverRandom(),
                    signed.params()));
            assertThat(Signatures.verify(signed.signature(), f.serverKey(), content).get()).isEqualTo(Verification.VALID);
            assertThat(SigKat.valid(Signatures.verify(flippedSignature, f.serverKey(), content))).isFalse();
            assertThat(Signatures.verify(signed.signature(), f.serverKey(), flippedParams).get()).isEqualTo(Verification.INVALID);
            assertThat(Signatures.verify(signed.signature(), f.serverKey(), flippedRandom).get()).isEqualTo(Verification.INVALID);
        });
    }

    @TestFactory
    Stream<DynamicTest> theParamsAreTheBytesSentBeforeTheSignature() {
        return each(f -> {
            ServerKeyExchangeSignatures.SignedParams signed = SigKat.right(ServerKeyExchangeSignatures.signedParams(f.serverKeyExchange()));
            Bytes signedWire = DigitallySigned.withAlgorithm(f.version())
                    ? DigitallySigned.TLS12.encode(signed.signature()).get() : DigitallySigned.LEGACY.encode(signed.signature()).get();
            Vector<Bytes> wire = PlaintextFlight.messages(Captures.stream(f.name(), 0, Captures.Side.SERVER).get())
                    .filter(m -> m.get(0) == 12);
            assertThat(wire.single().drop(4)).isEqualTo(signed.params().concat(signedWire));
        });
    }

    @Test
    void tls12ServersSignWithRsaPssAndTls10WithTheAlgorithmlessForm() {
        Vector<Option<SignatureScheme>> algorithms = Vector.ofAll(CASES).map(CaptureServerKeyExchangeSignatureTest::flight)
                .map(f -> SigKat.right(ServerKeyExchangeSignatures.signedParams(f.serverKeyExchange())).signature().algorithm());
        assertThat(algorithms).containsExactly(Option.some(SignatureScheme.RSA_PSS_RSAE_SHA256), Option.some(SignatureScheme.RSA_PSS_RSAE_SHA256),
                Option.some(SignatureScheme.RSA_PSS_RSAE_SHA256), Option.some(SignatureScheme.RSA_PSS_RSAE_SHA256), Option.none());
        assertThat(flight("tls12_dhe_rsa_aes256_sha256").serverKeyExchange()).isInstanceOf(ServerKeyExchangeDh.class);
        assertThat(flight("tls10_ecdhe_rsa_aes256_sha").serverKeyExchange()).isInstanceOf(ServerKeyExchangeEcdh.class);
    }

    @Test
    void resigningTheTls10ContentWithTheBundledServerKeyGivesTheCapturedSignatureByteForByte() {
        Flight f = flight("tls10_ecdhe_rsa_aes256_sha");
        ServerKeyExchangeSignatures.SignedParams signed = SigKat.right(ServerKeyExchangeSignatures.signedParams(f.serverKeyExchange()));
        DigitallySigned ours = SigKat.right(ServerKeyExchangeSignatures.sign(Option.none(), SigKat.pkiSigningKey("server-rsa"),
                f.clientRandom(), f.serverRandom(), signed.params(), SeededRandom.of(Bytes.utf8("unused"), "unused")));
        assertThat(ours).isEqualTo(signed.signature());
        assertThat(ours.signature().size()).isEqualTo(256);
    }

    @Test
    void signingTheTls12ContentWithTheBundledServerKeyGivesASignatureTheCertificateAccepts() {
        Flight f = flight("tls12_ecdhe_rsa_aes128gcm");
        ServerKeyExchangeSignatures.SignedParams signed = SigKat.right(ServerKeyExchangeSignatures.signedParams(f.serverKeyExchange()));
        DigitallySigned ours = SigKat.right(ServerKeyExchangeSignatures.sign(Option.some(SignatureScheme.RSA_PSS_RSAE_SHA256),
                SigKat.pkiSigningKey("server-rsa"), f.clientRandom(), f.serverRandom(), signed.params(),
                SeededRandom.of(Bytes.utf8("capture"), "pss salt")));
        Bytes content = SigKat.right(SignedContent.serverKeyExchange(f.clientRandom(), f.serverRandom(), signed.params()));
        assertThat(ours.signature()).isNotEqualTo(signed.signature()); // RSA-PSS: a fresh salt
        assertThat(Signatures.verify(ours, f.serverKey(), content).get()).isEqualTo(Verification.VALID);
        // A TLS 1.3-only scheme is refused in a ServerKeyExchange.
        assertThat(ServerKeyExchangeSignatures.sign(Option.some(SignatureScheme.RSA_PKCS1_SHA256_LEGACY), SigKat.pkiSigningKey("server-rsa"),
                f.clientRandom(), f.serverRandom(), signed.params(), new java.security.SecureRandom()).getLeft().message())
                .contains("TLS 1.3 only");
    }
}
