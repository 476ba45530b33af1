package org.tlscodec.tls.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.extension.SupportedVersionsClientHello;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.CompressionMethod;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SignatureScheme;

class HandshakeTest {
    private static final WireContext TLS12 = WireContext.negotiated(ProtocolVersion.TLS_1_2, CipherSuite.of(0xc02f));
    private static final WireContext TLS13 = WireContext.negotiated(ProtocolVersion.TLS_1_3, CipherSuite.TLS_AES_128_GCM_SHA256);
    private static final String RANDOM = "5f5e5d5c" + "000102030405060708090a0b0c0d0e0f101112131415161718191a1b";

    private static Bytes message(int type, String bodyHex) {
        Bytes body = Bytes.fromHex(bodyHex);
        return Bytes.ofUnsigned(type, body.size() >> 16, (body.size() >> 8) & 0xff, body.size() & 0xff).concat(body);
    }

    private static HandshakeMessage roundTrip(WireContext ctx, Bytes wire) {
        Codec<HandshakeMessage> codec = Handshake.codec(ctx);
        HandshakeMessage m = codec.decode(wire).getOrElseThrow(e -> new AssertionError(e.describe()));
        assertThat(codec.encode(m).get()).isEqualTo(wire);
        return m;
    }

    @Test
    void aClientHelloWithoutExtensionsDecodesAsTls10SentItAndReencodesExactly() {
        Bytes wire = message(1, "0301" + RANDOM + "00" + "0002c014" + "0100");
        ClientHello ch = (ClientHello) roundTrip(WireContext.initial(), wire);
        assertThat(ch.extensions()).isEmpty();
        assertThat(ch.cipherSuites()).containsExactly(CipherSuite.of(0xc014));
        assertThat(ch.legacyCompressionMethods()).containsExactly(CompressionMethod.NULL);
    }

    @Test
    void anEmptyExtensionsBlockIsKeptApartFromAnAbsentOne() {
        ClientHello ch = (ClientHello) roundTrip(WireContext.initial(), message(1, "0303" + RANDOM + "00" + "0002c02f" + "0100" + "0000"));
        assertThat(ch.extensions()).contains(Vector.empty());
    }

    @Test
    void aClientHelloOfferingTls13ReadsItsRandomAsThirtyTwoOpaqueBytes() {
        ClientHello ch = (ClientHello) roundTrip(WireContext.initial(),
                message(1, "0303" + RANDOM + "00" + "00021301" + "0100" + "0007" + "002b0003020304"));
        assertThat(ch.random()).isEqualTo(new Random.Tls13(Bytes.fromHex(RANDOM)));
        assertThat(ch.extensions().get()).containsExactly(new SupportedVersionsClientHello(Vector.of(ProtocolVersion.TLS_1_3)));
    }

    @Test
    void aClientHelloOfferingOnlyTls12SplitsItsRandomIntoClockAndBytes() {
        ClientHello ch = (ClientHello) roundTrip(WireContext.initial(),
                message(1, "0303" + RANDOM + "00" + "0002c02f" + "0100" + "0007" + "002b0003020303"));
        assertThat(ch.random()).isEqualTo(new Random.Tls12(0x5f5e5d5cL, Bytes.fromHex(RANDOM.substring(8))));
        assertThat(ch.random().bytes()).isEqualTo(Bytes.fromHex(RANDOM));
    }

    @Test
    void aServerHelloWithTheRetryRandomIsAHelloRetryRequest() {
        Bytes wire = message(2, "0303" + Random.HELLO_RETRY_REQUEST.hex() + "00" + "1302" + "00"
                + "000c" + "002b00020304" + "003300020017");
        HandshakeMessage m = roundTrip(TLS13, wire);
        assertThat(m).isInstanceOf(HelloRetryRequest.class);
        assertThat(m.msgType()).isEqualTo(HandshakeType.SERVER_HELLO);
        assertThat(((HelloRetryRequest) m).cipherSuite()).isEqualTo(CipherSuite.TLS_AES_256_GCM_SHA384);
        assertThat(roundTrip(WireContext.initial(), wire)).isInstanceOf(HelloRetryRequest.class);
    }

    @Test
    void anyOtherRandomMakesAServerHelloReadAsTheVersionItSelects() {
        HandshakeMessage m = roundTrip(WireContext.initial(), message(2, "0303" + RANDOM + "00" + "1301" + "00" + "0006" + "002b00020304"));
        ServerHello sh = (ServerHello) m;
        assertThat(sh.random()).isInstanceOf(Random.Tls13.class);
        assertThat(sh.negotiatedVersion()).isEqualTo(ProtocolVersion.TLS_1_3);
        ServerHello old = (ServerHello) roundTrip(WireContext.initial(), message(2, "0303" + RANDOM + "00" + "c02f" + "00"));
        assertThat(old.random()).isInstanceOf(Random.Tls12.class);
        assertThat(old.negotiatedVersion()).isEqualTo(ProtocolVersion.TLS_1_2);
    }

    @Test
    void theDowngradeSentinelsAreRecognised() {
        String tls12 = RANDOM.substring(0, 48) + "444f574e47524401";
        String tls11 = RANDOM.substring(0, 48) + "444f574e47524400";
        ServerHello a = (ServerHello) roundTrip(TLS12, message(2, "0303" + tls12 + "00" + "c02f" + "00"));
        ServerHello b = (ServerHello) roundTrip(TLS12, message(2, "0302" + tls11 + "00" + "c014" + "00"));
        ServerHello c = (ServerHello) roundTrip(TLS12, message(2, "0303" + RANDOM + "00" + "c02f" + "00"));
        assertThat(a.downgradeSentinel()).contains(ProtocolVersion.TLS_1_2);
        assertThat(b.downgradeSentinel()).contains(ProtocolVersion.TLS_1_1);
        assertThat(c.downgradeSentinel()).isEmpty();
    }

    @Test
    void finishedTakesTheLengthOfItsVersionAndSuite() {
        String hex48 = "ab".repeat(48);
        assertThat(((Finished) roundTrip(TLS12, message(20, hex48.substring(0, 24)))).verifyData().size()).isEqualTo(12);
        assertThat(((Finished) roundTrip(WireContext.negotiated(ProtocolVersion.SSL_3_0, CipherSuite.of(0x000a)),
                message(20, hex48.substring(0, 72)))).verifyData().size()).isEqualTo(36);
        assertThat(((Finished) roundTrip(TLS13, message(20, hex48.substring(0, 64)))).verifyData().size()).isEqualTo(32);
        assertThat(((Finished) roundTrip(TLS13.withCipherSuite(CipherSuite.TLS_AES_256_GCM_SHA384), message(20, hex48)))
                .verifyData().size()).isEqualTo(48);
        assertThat(((Finished) roundTrip(TLS13.withCipherSuite(CipherSuite.of(0x13ff)), message(20, hex48.substring(0, 40))))
                .verifyData().size()).isEqualTo(20);
        assertThat(roundTrip(WireContext.initial(), message(20, hex48.substring(0, 24)))).isInstanceOf(RawHandshakeMessage.class);
    }

    @Test
    void aFinishedOfTheWrongLengthIsAnErrorUnderItsName() {
        CodecError e = Handshake.codec(TLS12).decode(message(20, "ab".repeat(13))).getLeft();
        assertThat(e.path().toString()).startsWith("finished");
    }

    @Test
    void certificateVerifyCarriesItsAlgorithmFromTls12On() {
        CertificateVerify v12 = (CertificateVerify) roundTrip(TLS12, message(15, "0804" + "0003" + "010203"));
        assertThat(v12.algorithm()).contains(SignatureScheme.of(0x0804));
        assertThat(v12.signature()).isEqualTo(Bytes.fromHex("010203"));
        CertificateVerify v11 = (CertificateVerify) roundTrip(WireContext.negotiated(ProtocolVersion.TLS_1_1, CipherSuite.of(0x002f)),
                message(15, "0003" + "010203"));
        assertThat(v11.algorithm()).isEmpty();
        assertThat(v11.signature()).isEqualTo(Bytes.fromHex("010203"));
        assertThat(Handshake.codec(TLS12).encode(v11).isLeft()).isTrue();
    }

    @Test
    void aMessageItsContextCannotReadStaysRawAndExact() {
        // No suite yet, so no key exchange to read a ServerKeyExchange with.
        HandshakeMessage ske = roundTrip(WireContext.initial().withVersion(ProtocolVersion.TLS_1_2), message(12, "03001d0401020304"));
        assertThat(ske).isEqualTo(new RawHandshakeMessage(HandshakeType.SERVER_KEY_EXCHANGE, Bytes.fromHex("03001d0401020304")));
        HandshakeMessage cert = roundTrip(WireContext.initial(), message(11, "000000"));
        assertThat(cert).isInstanceOf(RawHandshakeMessage.class);
        HandshakeMessage unknown = roundTrip(TLS13, message(0x77, "0102"));
        assertThat(unknown).isEqualTo(new RawHandshakeMessage(HandshakeType.of(0x77), Bytes.fromHex("0102")));
    }

    @Test
    void certificateFollowsTheVersion() {
        Certificate.Tls12 c12 = (Certificate.Tls12) roundTrip(TLS12, message(11, "000009" + "000002aabb" + "000001cc"));
        assertThat(c12.certificateList()).containsExactly(Bytes.fromHex("aabb"), Bytes.fromHex("cc"));
        Certificate.Tls13 c13 = (Certificate.Tls13) roundTrip(TLS13, message(11, "00" + "000007" + "000002aabb" + "0000"));
        assertThat(c13.certificateList()).containsExactly(new CertificateEntry(Bytes.fromHex("aabb"), Vector.empty()));
        HandshakeMessage rpk = roundTrip(TLS12.withCertificateType(org.tlscodec.tls.registry.CertificateType.RAW_PUBLIC_KEY),
                message(11, "000002aabb"));
        assertThat(rpk).isEqualTo(new Certificate.Tls12RawPublicKey(Bytes.fromHex("aabb")));
    }

    @Test
    void aLenientContextKeepsAMalformedBodyWithItsError() {
        Bytes wire = message(24, "0102");
        assertThat(Handshake.codec(TLS13).decode(wire).isLeft()).isTrue();
        HandshakeMessage m = roundTrip(TLS13.withLenient(true), wire);
        assertThat(m).isInstanceOf(MalformedHandshakeMessage.class);
        assertThat(((MalformedHandshakeMessage) m).error()).isInstanceOf(CodecError.TrailingBytes.class);
    }

    @Test
    void aCutMessageIsTruncatedNotMalformed() {
        Bytes wire = message(1, "0301" + RANDOM + "00" + "0002c014" + "0100");
        assertThat(Handshake.codec(WireContext.initial()).decode(wire.take(20)).getLeft()).isInstanceOf(CodecError.Truncated.class);
    }

    @Test
    void theSmallerMessagesReadTheirRfcFields() {
        assertThat(roundTrip(TLS13, message(24, "01"))).isEqualTo(new KeyUpdate(org.tlscodec.tls.registry.KeyUpdateRequest.UPDATE_REQUESTED));
        assertThat(roundTrip(TLS12, message(0, ""))).isEqualTo(new HelloRequest());
        assertThat(roundTrip(TLS12, message(14, ""))).isEqualTo(new ServerHelloDone());
        assertThat(roundTrip(TLS13, message(5, ""))).isEqualTo(new EndOfEarlyData());
        assertThat(roundTrip(WireContext.initial(), message(3, "fefd" + "02abcd")))
                .isEqualTo(new HelloVerifyRequest(ProtocolVersion.DTLS_1_2, Bytes.fromHex("abcd")));
        assertThat(roundTrip(TLS12, message(0x43, "02683200"))).isEqualTo(new NextProtocol(Bytes.utf8("h2"), Bytes.empty()));
        assertThat(roundTrip(TLS13, message(0xfe, "aabbcc"))).isEqualTo(new MessageHash(Bytes.fromHex("aabbcc")));
        assertThat(roundTrip(TLS12, message(22, "01" + "000002" + "3082")))
                .isEqualTo(new CertificateStatus.Ocsp(Bytes.fromHex("3082")));
        assertThat(roundTrip(TLS12, message(22, "02" + "000008" + "000002" + "3082" + "000000")))
                .isEqualTo(new CertificateStatus.OcspMulti(io.vavr.collection.Vector.of(Bytes.fromHex("3082"), Bytes.empty())));
        assertThat(roundTrip(TLS12, message(22, "07" + "abcd")))
                .isEqualTo(new CertificateStatus.Other(org.tlscodec.tls.registry.CertificateStatusType.of(7), Bytes.fromHex("abcd")));
        assertThat(roundTrip(TLS12, message(4, "00001c20" + "0002abcd")))
                .isEqualTo(new NewSessionTicket.Tls12(7200, Bytes.fromHex("abcd")));
        NewSessionTicket.Tls13 t = (NewSessionTicket.Tls13) roundTrip(TLS13, message(4, "00001c20" + "01020304" + "0100" + "0001ab" + "0000"));
        assertThat(t.ticketAgeAdd()).isEqualTo(0x01020304L);
        assertThat(t.ticketNonce()).isEqualTo(Bytes.fromHex("00"));
        CertificateUrl url = (CertificateUrl) roundTrip(TLS12, message(21, "00" + "0019" + "0002" + "6162" + "01" + "cd".repeat(20)));
        assertThat(url.urlAndHashList()).containsExactly(new URLAndHash(Bytes.utf8("ab"), Bytes.fromHex("cd".repeat(20))));
        assertThat(Handshake.codec(TLS12).decode(message(21, "00" + "0019" + "0002" + "6162" + "02" + "cd".repeat(20))).isLeft()).isTrue();
        assertThat(roundTrip(TLS12, message(23, "000006" + "4002" + "0002" + "abcd")))
                .isEqualTo(new SupplementalData(Vector.of(new SupplementalDataEntry(
                        org.tlscodec.tls.registry.SupplementalDataType.of(0x4002), Bytes.fromHex("abcd")))));
        assertThat(roundTrip(TLS13, message(25, "0002" + "000400" + "000002" + "abcd")))
                .isEqualTo(new CompressedCertificate(org.tlscodec.tls.registry.CertificateCompressionAlgorithm.of(2), 1024, Bytes.fromHex("abcd")));
    }

    @Test
    void certificateRequestHasSignatureAlgorithmsFromTls12AndExtensionsInTls13() {
        CertificateRequest.Tls12 r12 = (CertificateRequest.Tls12) roundTrip(TLS12, message(13, "0101" + "00020401" + "0000"));
        assertThat(r12.supportedSignatureAlgorithms()).contains(Vector.of(SignatureScheme.of(0x0401)));
        CertificateRequest.Tls12 r10 = (CertificateRequest.Tls12) roundTrip(
                WireContext.negotiated(ProtocolVersion.TLS_1_0, CipherSuite.of(0x002f)), message(13, "0101" + "0004" + "0002abcd"));
        assertThat(r10.supportedSignatureAlgorithms()).isEqualTo(Option.none());
        assertThat(r10.certificateAuthorities()).containsExactly(Bytes.fromHex("abcd"));
        CertificateRequest.Tls13 r13 = (CertificateRequest.Tls13) roundTrip(TLS13, message(13, "00" + "0008" + "000d000400020804"));
        assertThat(r13.extensions()).hasSize(1);
    }

    @Test
    void aRenderedHelloShowsTheRfcFieldNames() {
        Bytes wire = message(1, "0301" + RANDOM + "00" + "0002c014" + "0100");
        Codec<HandshakeMessage> codec = Handshake.codec(WireContext.initial());
        String text = org.tlscodec.codec.RenderedText.tree("handshake", codec.render(codec.decode(wire).get()));
        assertThat(text).contains("legacy_version", "random", "cipher_suites", "legacy_compression_methods");
        assertThat(codec.toString()).contains("Handshake[");
    }
    @Test
    void aBodyOfAnotherVersionOrKeyExchangeIsRefusedOnEncodeNamingBoth() {
        Certificate.Tls13 c13 = new Certificate.Tls13(Bytes.empty(), Vector.empty());
        CodecError e = Handshake.codec(TLS12).encode(c13).getLeft();
        assertThat(e).isInstanceOf(CodecError.Invalid.class);
        assertThat(e.reason()).isEqualTo("expected a Tls12, given a Tls13");
        ServerKeyExchange psk = new ServerKeyExchangePsk(Bytes.fromHex("ab"));
        CodecError k = Handshake.codec(TLS12).encode(psk).getLeft();
        assertThat(k.reason()).isEqualTo("this key exchange has a ServerKeyExchangeEcdh, not a ServerKeyExchangePsk");
    }

    @Test
    void aServerHelloTooShortForItsRandomOverrunsItsLength() {
        // 20 bytes of body, all present: the random cannot be looked at, and the uint24 length is what is wrong.
        CodecError e = Handshake.codec(WireContext.initial()).decode(message(2, "0303" + RANDOM.substring(0, 36))).getLeft();
        assertThat(e).isInstanceOf(CodecError.Overrun.class);
        assertThat(e.offset()).isEqualTo(4);
        assertThat(Handshake.codec(WireContext.initial()).decode(message(2, "0303" + RANDOM).take(30)).getLeft())
                .isInstanceOf(CodecError.Truncated.class);
    }

    @Test
    void aRenderedServerHelloOrRetryShowsTheFieldsOfTheMessageItIs() {
        Codec<HandshakeMessage> codec = Handshake.codec(TLS13);
        HandshakeMessage hello = codec.decode(message(2, "0303" + RANDOM + "00" + "1301" + "00" + "0006" + "002b00020304")).get();
        HandshakeMessage retry = codec.decode(message(2, "0303" + Random.HELLO_RETRY_REQUEST.hex() + "00" + "1302" + "00"
                + "000c" + "002b00020304" + "003300020017")).get();
        String helloText = org.tlscodec.codec.RenderedText.tree("handshake", codec.render(hello));
        String retryText = org.tlscodec.codec.RenderedText.tree("handshake", codec.render(retry));
        assertThat(helloText).contains("legacy_session_id_echo", "cipher_suite", RANDOM);
        assertThat(retryText).contains("cipher_suite", Random.HELLO_RETRY_REQUEST.hex());
    }
}
