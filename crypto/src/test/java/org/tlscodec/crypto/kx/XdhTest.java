package org.tlscodec.crypto.kx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tlscodec.crypto.kx.Fixtures.left;
import static org.tlscodec.crypto.kx.Fixtures.random;
import static org.tlscodec.crypto.kx.Fixtures.right;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * X25519 and X448 as key exchange: the all-zero output of a low-order peer key is refused (RFC 7748
 * section 6, RFC 8446 section 7.4.2), keys of the wrong length are refused, and the TLS 1.3 groups
 * pass the refusal on.
 */
class XdhTest {

    @Test
    void lowOrderPeerKeysGiveAnAllZeroSecretWhichIsRefused() {
        for (Xdh f : Xdh.values()) {
            XdhKeyPair own = f.generateKeyPair(random("low order " + f));
            Bytes zero = Bytes.zeros(f.keyLength());
            Bytes one = Bytes.ofUnsigned(1).concat(Bytes.zeros(f.keyLength() - 1));
            for (Bytes u : new Bytes[] {zero, one}) {
                assertThat(right(f.scalarMult(Bytes.fromHex("09").concat(Bytes.zeros(f.keyLength() - 1)), u))).isEqualTo(zero);
                KxError error = left(own.sharedSecret(u));
                assertThat(error).isEqualTo(new KxError.AllZeroSharedSecret(f.functionName()));
                assertThat(error.message()).contains("all zeros");
            }
        }
    }

    @Test
    void theOtherLowOrderPointsAreRefusedToo() {
        // p - 1 (little-endian) for each curve, and the two X25519 points of order 8.
        Bytes[] x25519 = {
            Bytes.fromHex("ec" + "ff".repeat(30) + "7f"),
            Bytes.fromHex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
            Bytes.fromHex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157")};
        XdhKeyPair own25519 = Xdh.X25519.generateKeyPair(random("order 8"));
        for (Bytes u : x25519) {
            assertThat(left(own25519.sharedSecret(u))).isInstanceOf(KxError.AllZeroSharedSecret.class);
        }
        XdhKeyPair own448 = Xdh.X448.generateKeyPair(random("x448 p-1"));
        assertThat(left(own448.sharedSecret(Bytes.fromHex("fe" + "ff".repeat(27) + "fe" + "ff".repeat(27)))))
                .isInstanceOf(KxError.AllZeroSharedSecret.class);
    }

    @Test
    void theTls13GroupsRefuseALowOrderShare() {
        KeyExchangeGroup group = right(KeyExchangeGroup.of(NamedGroup.X25519));
        assertThat(left(group.respond(Bytes.zeros(32), random("x25519 server")))).isInstanceOf(KxError.AllZeroSharedSecret.class);
        ClientKeyShare client = group.clientShare(random("x25519 client"));
        assertThat(left(client.finish(Bytes.ofUnsigned(1).concat(Bytes.zeros(31))))).isInstanceOf(KxError.AllZeroSharedSecret.class);
        KeyExchangeGroup x448 = right(KeyExchangeGroup.of(NamedGroup.X448));
        assertThat(left(x448.respond(Bytes.zeros(56), random("x448 server")))).isInstanceOf(KxError.AllZeroSharedSecret.class);
    }

    @Test
    void keysOfTheWrongLengthAreRefused() {
        assertThat(left(Xdh.X25519.keyPair(Bytes.zeros(31)))).isEqualTo(new KxError.WrongLength("X25519 private key", 32, 31));
        assertThat(left(Xdh.X448.scalarMult(Bytes.zeros(56), Bytes.zeros(32)))).isEqualTo(new KxError.WrongLength("X448 u-coordinate", 56, 32));
        XdhKeyPair own = Xdh.X448.generateKeyPair(random("lengths"));
        assertThat(left(own.sharedSecret(Bytes.zeros(57)))).isEqualTo(new KxError.WrongLength("X448 public key", 56, 57));
    }

    @Test
    void bothSidesAgreeAndAKeyPairRebuiltFromItsPrivateKeyIsTheSame() {
        for (Xdh f : Xdh.values()) {
            XdhKeyPair a = f.generateKeyPair(random("agree a " + f));
            XdhKeyPair b = f.generateKeyPair(random("agree b " + f));
            assertThat(right(a.sharedSecret(b.publicKey()))).isEqualTo(right(b.sharedSecret(a.publicKey())));
            assertThat(a.publicKey()).isNotEqualTo(b.publicKey());
        }
    }
}
