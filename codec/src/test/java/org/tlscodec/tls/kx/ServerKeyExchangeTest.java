package org.tlscodec.tls.kx;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.KeyExchangeAlgorithm;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.DigitallySigned;
import org.tlscodec.tls.handshake.ECParametersNamedCurve;
import org.tlscodec.tls.handshake.ECPoint;
import org.tlscodec.tls.handshake.ServerDHParams;
import org.tlscodec.tls.handshake.ServerECDHParams;
import org.tlscodec.tls.handshake.ServerKeyExchange;
import org.tlscodec.tls.handshake.ServerKeyExchangeDh;
import org.tlscodec.tls.handshake.ServerKeyExchangeDhePsk;
import org.tlscodec.tls.handshake.ServerKeyExchangeEcdh;
import org.tlscodec.tls.handshake.ServerKeyExchangeEcdhePsk;
import org.tlscodec.tls.handshake.ServerKeyExchangeMalformed;
import org.tlscodec.tls.handshake.ServerKeyExchangePsk;
import org.tlscodec.tls.handshake.ServerKeyExchangeRaw;
import org.tlscodec.tls.handshake.ServerKeyExchangeRsa;
import org.tlscodec.tls.handshake.ServerKeyExchangeSrp;
import org.tlscodec.tls.handshake.ServerRSAParams;
import org.tlscodec.tls.handshake.ServerSRPParams;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.NamedGroup;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SignatureScheme;

class ServerKeyExchangeTest {
    private static final String DH_PARAMS = "0002 17ab" + "0001 02" + "0002 0c0d";
    private static final ServerDHParams DH = new ServerDHParams(Bytes.fromHex("17ab"), Bytes.fromHex("02"), Bytes.fromHex("0c0d"));
    private static final String ECDH_PARAMS = "03 0017" + "03 040102";
    private static final ServerECDHParams ECDH =
            new ServerECDHParams(new ECParametersNamedCurve(NamedGroup.SECP256R1), new ECPoint(Bytes.fromHex("040102")));

    private static Bytes hex(String h) {
        return Bytes.fromHex(h.replace(" ", ""));
    }

    private static ServerKeyExchange roundTrip(WireContext ctx, String wire) {
        Codec<ServerKeyExchange> codec = ServerKeyExchange.codec(ctx);
        ServerKeyExchange ske = codec.decode(hex(wire)).getOrElseThrow(e -> new AssertionError(e.describe()));
        assertThat(codec.encode(ske).get()).isEqualTo(hex(wire));
        assertThat(ske.msgType()).isSameAs(HandshakeType.SERVER_KEY_EXCHANGE);
        return ske;
    }

    @Test
    void dheInTls12IsParamsThenAlgorithmAndSignature() {
        ServerKeyExchange ske = roundTrip(KxContexts.tls12(0x0033, KeyExchangeAlgorithm.DHE_RSA), DH_PARAMS + "0401 0002 5151");
        assertThat(ske).isEqualTo(new ServerKeyExchangeDh(DH,
                Option.some(DigitallySigned.of(SignatureScheme.RSA_PKCS1_SHA256, hex("5151")))));
    }

    @Test
    void dheInTls10IsParamsThenTheSignatureAlone() {
        ServerKeyExchange ske = roundTrip(KxContexts.tls10(0x0033, KeyExchangeAlgorithm.DHE_RSA), DH_PARAMS + "0002 5151");
        assertThat(ske).isEqualTo(new ServerKeyExchangeDh(DH, Option.some(DigitallySigned.legacy(hex("5151")))));
    }

    @Test
    void dhAnonHasNoSignatureAndRejectsTrailingBytes() {
        WireContext anon = KxContexts.tls12(0x0034, KeyExchangeAlgorithm.DH_ANON);
        assertThat(roundTrip(anon, DH_PARAMS)).isEqualTo(new ServerKeyExchangeDh(DH, Option.none()));
        assertThat(ServerKeyExchange.codec(anon).decode(hex(DH_PARAMS + "0401 0000")).getLeft())
                .isInstanceOf(CodecError.TrailingBytes.class);
    }

    @Test
    void aDheExportSuiteIsSignedLikeDhe() {
        WireContext ctx = KxContexts.of(ProtocolVersion.SSL_3_0, 0x0011, KeyExchangeAlgorithm.DHE_DSS_EXPORT);
        assertThat(roundTrip(ctx, DH_PARAMS + "0001 77")).isInstanceOf(ServerKeyExchangeDh.class);
    }

    @Test
    void ecdheIsNamedCurvePointAndSignature() {
        ServerKeyExchange ske = roundTrip(KxContexts.tls12(0xc02f, KeyExchangeAlgorithm.ECDHE_RSA), ECDH_PARAMS + "0804 0001 99");
        assertThat(ske).isEqualTo(new ServerKeyExchangeEcdh(ECDH,
                Option.some(DigitallySigned.of(SignatureScheme.RSA_PSS_RSAE_SHA256, hex("99")))));
        assertThat(roundTrip(KxContexts.tls12(0xc018, KeyExchangeAlgorithm.ECDH_ANON), ECDH_PARAMS))
                .isEqualTo(new ServerKeyExchangeEcdh(ECDH, Option.none()));
    }

    @Test
    void rsaExportIsATemporaryKeySigned() {
        ServerKeyExchange ske = roundTrip(KxContexts.tls10(0x0003, KeyExchangeAlgorithm.RSA_EXPORT), "0002 c001 0003 010001 0002 aaaa");
        assertThat(ske).isEqualTo(new ServerKeyExchangeRsa(new ServerRSAParams(hex("c001"), hex("010001")),
                DigitallySigned.legacy(hex("aaaa"))));
    }

    @Test
    void pskAndRsaPskCarryOnlyTheHintWhichMayBeEmpty() {
        assertThat(roundTrip(KxContexts.tls12(0x008c, KeyExchangeAlgorithm.PSK), "0000")).isEqualTo(new ServerKeyExchangePsk(Bytes.empty()));
        assertThat(roundTrip(KxContexts.tls12(0x0094, KeyExchangeAlgorithm.RSA_PSK), "0003 616263"))
                .isEqualTo(new ServerKeyExchangePsk(Bytes.utf8("abc")));
    }

    @Test
    void dhePskAndEcdhePskAreTheHintThenUnsignedParams() {
        assertThat(roundTrip(KxContexts.tls12(0x0090, KeyExchangeAlgorithm.DHE_PSK), "0001 68" + DH_PARAMS))
                .isEqualTo(new ServerKeyExchangeDhePsk(hex("68"), DH));
        assertThat(roundTrip(KxContexts.tls12(0xc035, KeyExchangeAlgorithm.ECDHE_PSK), "0000" + ECDH_PARAMS))
                .isEqualTo(new ServerKeyExchangeEcdhePsk(Bytes.empty(), ECDH));
    }

    @Test
    void srpIsSignedForRsaAndDssAndNotForPlainSrp() {
        String params = "0001 17 0001 02 01 5a 0002 0b0b";
        ServerSRPParams srp = new ServerSRPParams(hex("17"), hex("02"), hex("5a"), hex("0b0b"));
        assertThat(roundTrip(KxContexts.tls12(0xc01d, KeyExchangeAlgorithm.SRP_SHA), params))
                .isEqualTo(new ServerKeyExchangeSrp(srp, Option.none()));
        assertThat(roundTrip(KxContexts.tls12(0xc01e, KeyExchangeAlgorithm.SRP_SHA_RSA), params + "0401 0001 01"))
                .isEqualTo(new ServerKeyExchangeSrp(srp, Option.some(DigitallySigned.of(SignatureScheme.RSA_PKCS1_SHA256, hex("01")))));
        assertThat(roundTrip(KxContexts.tls10(0xc01f, KeyExchangeAlgorithm.SRP_SHA_DSS), params + "0001 01"))
                .isEqualTo(new ServerKeyExchangeSrp(srp, Option.some(DigitallySigned.legacy(hex("01")))));
    }

    @Test
    void anUnknownOrTls13OrUndefinedKeyExchangeKeepsTheBodyRaw() {
        String body = "0102030405";
        ServerKeyExchangeRaw raw = new ServerKeyExchangeRaw(hex(body));
        assertThat(roundTrip(WireContext.initial(), body)).isEqualTo(raw);
        assertThat(roundTrip(WireContext.negotiated(ProtocolVersion.TLS_1_2, CipherSuite.of(0x7777)), body)).isEqualTo(raw);
        assertThat(roundTrip(WireContext.negotiated(ProtocolVersion.TLS_1_3, CipherSuite.of(0x1301)), body)).isEqualTo(raw);
        assertThat(roundTrip(KxContexts.tls12(0x0020, KeyExchangeAlgorithm.KRB5), body)).isEqualTo(raw);
        assertThat(roundTrip(KxContexts.tls12(0x0031, KeyExchangeAlgorithm.DH_RSA), body)).isEqualTo(raw);
        assertThat(roundTrip(WireContext.initial(), "")).isEqualTo(new ServerKeyExchangeRaw(Bytes.empty()));
    }

    @Test
    void aVariantOfAnotherKeyExchangeDoesNotEncode() {
        Codec<ServerKeyExchange> dhe = ServerKeyExchange.codec(KxContexts.tls12(0x0033, KeyExchangeAlgorithm.DHE_RSA));
        CodecError e = dhe.encode(new ServerKeyExchangePsk(Bytes.empty())).getLeft();
        assertThat(e.describe()).contains("ServerKeyExchangeDh").contains("ServerKeyExchangePsk");
        // DHE needs its signature: an unsigned value is the anonymous shape.
        assertThat(dhe.encode(new ServerKeyExchangeDh(DH, Option.none())).isLeft()).isTrue();
    }

    @Test
    void aMalformedBodyIsAnErrorStrictlyAndKeptLeniently() {
        WireContext strict = KxContexts.tls12(0xc02f, KeyExchangeAlgorithm.ECDHE_RSA);
        Bytes bad = hex("03 0017 00");
        CodecError e = ServerKeyExchange.codec(strict).decode(bad).getLeft();
        assertThat(e.path().toString()).contains("params").contains("public");
        Codec<ServerKeyExchange> lenient = ServerKeyExchange.codec(strict.withLenient(true));
        ServerKeyExchange kept = lenient.decode(bad).get();
        assertThat(kept).isInstanceOf(ServerKeyExchangeMalformed.class);
        assertThat(((ServerKeyExchangeMalformed) kept).error()).isEqualTo(e);
        assertThat(lenient.encode(kept).get()).isEqualTo(bad);
        assertThat(lenient.decode(hex(ECDH_PARAMS + "0804 0001 99")).get()).isInstanceOf(ServerKeyExchangeEcdh.class);
    }
}
