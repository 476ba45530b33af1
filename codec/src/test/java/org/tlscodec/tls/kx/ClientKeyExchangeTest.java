package org.tlscodec.tls.kx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.KeyExchangeAlgorithm;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.ClientKeyExchange;
import org.tlscodec.tls.handshake.ClientKeyExchangeDh;
import org.tlscodec.tls.handshake.ClientKeyExchangeDhePsk;
import org.tlscodec.tls.handshake.ClientKeyExchangeEcdh;
import org.tlscodec.tls.handshake.ClientKeyExchangeEcdhePsk;
import org.tlscodec.tls.handshake.ClientKeyExchangeMalformed;
import org.tlscodec.tls.handshake.ClientKeyExchangePsk;
import org.tlscodec.tls.handshake.ClientKeyExchangeRaw;
import org.tlscodec.tls.handshake.ClientKeyExchangeRsa;
import org.tlscodec.tls.handshake.ClientKeyExchangeRsaPsk;
import org.tlscodec.tls.handshake.ClientKeyExchangeSrp;
import org.tlscodec.tls.handshake.ECPoint;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.ProtocolVersion;

class ClientKeyExchangeTest {

    private static Bytes hex(String h) {
        return Bytes.fromHex(h.replace(" ", ""));
    }

    private static ClientKeyExchange roundTrip(WireContext ctx, String wire) {
        Codec<ClientKeyExchange> codec = ClientKeyExchange.codec(ctx);
        ClientKeyExchange cke = codec.decode(hex(wire)).getOrElseThrow(e -> new AssertionError(e.describe()));
        assertThat(codec.encode(cke).get()).isEqualTo(hex(wire));
        assertThat(cke.msgType()).isSameAs(HandshakeType.CLIENT_KEY_EXCHANGE);
        return cke;
    }

    @Test
    void ssl3RsaIsTheCiphertextWithoutALength() {
        WireContext ssl3 = KxContexts.of(ProtocolVersion.SSL_3_0, 0x000a, KeyExchangeAlgorithm.RSA);
        String ciphertext = "0040" + "11".repeat(62);
        assertThat(roundTrip(ssl3, ciphertext)).isEqualTo(new ClientKeyExchangeRsa(hex(ciphertext)));
    }

    @Test
    void tlsRsaHasTheTwoByteLengthSoSsl3BytesDoNotDecodeAsTls() {
        WireContext tls10 = KxContexts.tls10(0x002f, KeyExchangeAlgorithm.RSA);
        assertThat(roundTrip(tls10, "0003 abcdef")).isEqualTo(new ClientKeyExchangeRsa(hex("abcdef")));
        assertThat(ClientKeyExchange.codec(tls10).decode(hex("abcdef")).isLeft()).isTrue();
        WireContext ssl3 = KxContexts.of(ProtocolVersion.SSL_3_0, 0x002f, KeyExchangeAlgorithm.RSA);
        assertThat(roundTrip(ssl3, "0003 abcdef")).isEqualTo(new ClientKeyExchangeRsa(hex("0003abcdef")));
    }

    @Test
    void anEmptyDhBodyIsTheImplicitKeyAndANonEmptyOneIsExplicit() {
        WireContext dhRsa = KxContexts.tls12(0x0031, KeyExchangeAlgorithm.DH_RSA);
        assertThat(roundTrip(dhRsa, "")).isEqualTo(ClientKeyExchangeDh.implicit());
        assertThat(roundTrip(KxContexts.tls12(0x0033, KeyExchangeAlgorithm.DHE_RSA), "0002 0102"))
                .isEqualTo(ClientKeyExchangeDh.explicit(hex("0102")));
        assertThat(ClientKeyExchange.codec(dhRsa).decode(hex("0000")).getLeft()).isInstanceOf(CodecError.LengthOutOfRange.class);
    }

    @Test
    void anEmptyEcdhBodyIsTheImplicitKeyAndANonEmptyOneIsExplicit() {
        assertThat(roundTrip(KxContexts.tls12(0xc00e, KeyExchangeAlgorithm.ECDH_RSA), "")).isEqualTo(ClientKeyExchangeEcdh.implicit());
        assertThat(roundTrip(KxContexts.tls12(0xc02f, KeyExchangeAlgorithm.ECDHE_RSA), "02 0405"))
                .isEqualTo(ClientKeyExchangeEcdh.explicit(hex("0405")));
    }

    @Test
    void thePskFamilyStartsWithTheIdentity() {
        assertThat(roundTrip(KxContexts.tls12(0x008c, KeyExchangeAlgorithm.PSK), "0004 636c6e74"))
                .isEqualTo(new ClientKeyExchangePsk(Bytes.utf8("clnt")));
        assertThat(roundTrip(KxContexts.tls12(0x0094, KeyExchangeAlgorithm.RSA_PSK), "0001 69 0002 eeee"))
                .isEqualTo(new ClientKeyExchangeRsaPsk(hex("69"), hex("eeee")));
        assertThat(roundTrip(KxContexts.tls12(0x0090, KeyExchangeAlgorithm.DHE_PSK), "0000 0001 05"))
                .isEqualTo(new ClientKeyExchangeDhePsk(Bytes.empty(), hex("05")));
        assertThat(roundTrip(KxContexts.tls12(0xc035, KeyExchangeAlgorithm.ECDHE_PSK), "0001 69 01 04"))
                .isEqualTo(new ClientKeyExchangeEcdhePsk(hex("69"), new ECPoint(hex("04"))));
    }

    @Test
    void dhePskNeedsAnExplicitPublicValue() {
        assertThat(ClientKeyExchange.codec(KxContexts.tls12(0x0090, KeyExchangeAlgorithm.DHE_PSK)).decode(hex("0000")).getLeft())
                .isInstanceOf(CodecError.Truncated.class);
    }

    @Test
    void srpIsThePublicValueA() {
        assertThat(roundTrip(KxContexts.tls12(0xc01e, KeyExchangeAlgorithm.SRP_SHA_RSA), "0003 0a0b0c"))
                .isEqualTo(new ClientKeyExchangeSrp(hex("0a0b0c")));
    }

    @Test
    void krb5UnknownAndTls13SuitesKeepTheBodyRaw() {
        String body = "00ff0102";
        ClientKeyExchangeRaw raw = new ClientKeyExchangeRaw(hex(body));
        assertThat(roundTrip(KxContexts.tls10(0x0020, KeyExchangeAlgorithm.KRB5), body)).isEqualTo(raw);
        assertThat(roundTrip(WireContext.initial(), body)).isEqualTo(raw);
        assertThat(roundTrip(WireContext.negotiated(ProtocolVersion.TLS_1_3, CipherSuite.of(0x1301)), body)).isEqualTo(raw);
    }

    @Test
    void aMalformedBodyIsAnErrorStrictlyAndKeptLeniently() {
        WireContext ctx = KxContexts.tls12(0x002f, KeyExchangeAlgorithm.RSA);
        Bytes bad = hex("0001 0102");
        assertThat(ClientKeyExchange.codec(ctx).decode(bad).isLeft()).isTrue();
        Codec<ClientKeyExchange> lenient = ClientKeyExchange.codec(ctx.withLenient(true));
        ClientKeyExchange kept = lenient.decode(bad).get();
        assertThat(kept).isInstanceOf(ClientKeyExchangeMalformed.class);
        assertThat(lenient.encode(kept).get()).isEqualTo(bad);
    }
}
