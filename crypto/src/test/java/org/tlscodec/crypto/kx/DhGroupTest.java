package org.tlscodec.crypto.kx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tlscodec.crypto.kx.Fixtures.left;
import static org.tlscodec.crypto.kx.Fixtures.random;
import static org.tlscodec.crypto.kx.Fixtures.right;

import java.math.BigInteger;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * Finite-field Diffie-Hellman: the named groups are the RFCs' primes, a ServerKeyExchange's group
 * is checked, public values must satisfy 1 &lt; y &lt; p-1, and the shared secret is encoded as each
 * version says (leading zeros stripped up to TLS 1.2, padded to the prime in TLS 1.3).
 */
class DhGroupTest {
    /** RFC 7919 appendix A.1, the ffdhe2048 prime. */
    private static final Bytes FFDHE2048_P = Bytes.fromHex(
            "FFFFFFFFFFFFFFFFADF85458A2BB4A9AAFDC5620273D3CF1D8B9C583CE2D3695A9E13641146433FBCC939DCE249B3EF97D2FE363630C75D8F681B202AEC4617AD3DF"
            + "1ED5D5FD65612433F51F5F066ED0856365553DED1AF3B557135E7F57C935984F0C70E0E68B77E2A689DAF3EFE8721DF158A136ADE73530ACCA4F483A797ABC0AB1"
            + "82B324FB61D108A94BB2C8E3FBB96ADAB760D7F4681D4F42A3DE394DF4AE56EDE76372BB190B07A7C8EE0A6D709E02FCE1CDF7E2ECC03404CD28342F619172FE9C"
            + "E98583FF8E4F1232EEF28183C3FE3B1B4C6FAD733BB5FCBC2EC22005C58EF1837D1683B2C6F34A26C1B2EFFA886B423861285C97FFFFFFFFFFFFFFFF");

    @Test
    void ffdhe2048IsTheRfc7919PrimeWithGenerator2AndTheNamedGroupsMapToTheirPrimes() {
        assertThat(DhGroup.FFDHE2048.p()).isEqualTo(FFDHE2048_P);
        assertThat(DhGroup.FFDHE2048.g()).isEqualTo(Bytes.ofUnsigned(2));
        assertThat(DhGroup.of(NamedGroup.FFDHE2048)).contains(DhGroup.FFDHE2048);
        assertThat(DhGroup.of(NamedGroup.FFDHE8192)).contains(DhGroup.FFDHE8192);
        assertThat(DhGroup.of(NamedGroup.FFDHE_PRIVATE_USE_508)).isEmpty();
        assertThat(DhGroup.of(NamedGroup.X25519)).isEmpty();
        int[] bits = {DhGroup.FFDHE3072.primeLength(), DhGroup.FFDHE4096.primeLength(), DhGroup.FFDHE6144.primeLength(),
            DhGroup.FFDHE8192.primeLength(), DhGroup.MODP_1536.primeLength(), DhGroup.MODP_2048.primeLength(),
            DhGroup.MODP_3072.primeLength(), DhGroup.MODP_4096.primeLength(), DhGroup.MODP_6144.primeLength(),
            DhGroup.MODP_8192.primeLength(), DhGroup.OAKLEY_768.primeLength(), DhGroup.OAKLEY_1024.primeLength()};
        assertThat(bits).containsExactly(384, 512, 768, 1024, 192, 256, 384, 512, 768, 1024, 96, 128);
        // RFC 3526 and RFC 2409 primes all start and end with 64 one bits, as do RFC 7919's.
        for (DhGroup g : new DhGroup[] {DhGroup.MODP_2048, DhGroup.OAKLEY_768, DhGroup.FFDHE8192}) {
            assertThat(g.p().take(8)).isEqualTo(Bytes.fromHex("ffffffffffffffff"));
            assertThat(g.p().drop(g.primeLength() - 8)).isEqualTo(Bytes.fromHex("ffffffffffffffff"));
        }
    }

    @Test
    void anExplicitGroupNeedsAnOddPrimeOfSaneSizeAndAGeneratorInRange() {
        Bytes two = Bytes.ofUnsigned(2);
        assertThat(left(DhGroup.explicit(FFDHE2048_P.take(63), two)).message()).contains("512 to 16384 bits");
        assertThat(left(DhGroup.explicit(Bytes.ofUnsigned(1).concat(Bytes.zeros(2048)), two)).message()).contains("512 to 16384 bits");
        assertThat(left(DhGroup.explicit(FFDHE2048_P.take(255).concat(Bytes.ofUnsigned(0xfe)), two)).message()).contains("odd");
        assertThat(left(DhGroup.explicit(FFDHE2048_P, Bytes.ofUnsigned(1))).message()).contains("1 < g < p-1");
        assertThat(left(DhGroup.explicit(FFDHE2048_P, minus(FFDHE2048_P, 1))).message()).contains("1 < g < p-1");
        DhGroup explicit = right(DhGroup.explicit(Bytes.zeros(3).concat(FFDHE2048_P), two));
        assertThat(explicit.p()).isEqualTo(FFDHE2048_P);
        assertThat(explicit.primeLength()).isEqualTo(256);
    }

    @Test
    void anExplicitGroupAgreesWithTheNamedGroupOfTheSamePrime() {
        DhGroup explicit = right(DhGroup.explicit(FFDHE2048_P, Bytes.ofUnsigned(2)));
        DhKeyPair server = explicit.generateKeyPair(random("explicit server"));
        DhKeyPair client = DhGroup.FFDHE2048.generateKeyPair(random("explicit client"));
        assertThat(right(client.sharedSecret(server.publicValue(), DhSecretEncoding.LEADING_ZEROS_STRIPPED)))
                .isEqualTo(right(server.sharedSecret(client.publicValue(), DhSecretEncoding.LEADING_ZEROS_STRIPPED)));
    }

    @Test
    void publicValuesOutside1ToPMinus1AreRefused() {
        DhKeyPair own = new DhKeyPair(DhGroup.FFDHE2048, BigInteger.valueOf(12345), BigInteger.TWO.modPow(BigInteger.valueOf(12345),
                new BigInteger(1, FFDHE2048_P.toArray())));
        for (Bytes y : new Bytes[] {Bytes.empty(), Bytes.ofUnsigned(0), Bytes.ofUnsigned(1), Bytes.zeros(256), minus(FFDHE2048_P, 1),
            FFDHE2048_P, Bytes.ofUnsigned(1).concat(Bytes.zeros(256))}) {
            KxError error = left(own.sharedSecret(y, DhSecretEncoding.PADDED_TO_PRIME));
            assertThat(error).isEqualTo(new KxError.PublicValueOutOfRange("ffdhe2048"));
            assertThat(error.message()).contains("1 < y < p-1");
        }
        assertThat(DhGroup.FFDHE2048.validatePublicValue(Bytes.ofUnsigned(2)).isRight()).isTrue();
        assertThat(DhGroup.FFDHE2048.validatePublicValue(minus(FFDHE2048_P, 2)).isRight()).isTrue();
    }

    @Test
    void thePublicValueIsUnpaddedForTls12AndPaddedToThePrimeForTls13() {
        // The key x = 1, y = g = 2: a public value with 255 leading zero bytes in ffdhe2048's 256.
        DhKeyPair pair = new DhKeyPair(DhGroup.FFDHE2048, BigInteger.ONE, BigInteger.TWO);
        assertThat(pair.publicValue()).isEqualTo(Bytes.ofUnsigned(2));
        assertThat(pair.publicValuePadded()).isEqualTo(Bytes.zeros(255).concat(Bytes.ofUnsigned(2)));
        DhKeyPair generated = DhGroup.FFDHE2048.generateKeyPair(random("padded"));
        assertThat(generated.publicValuePadded().size()).isEqualTo(256);
        assertThat(generated.publicValuePadded().drop(256 - generated.publicValue().size())).isEqualTo(generated.publicValue());
    }

    @Test
    void theSharedSecretLosesItsLeadingZerosForTls12AndKeepsThemForTls13() {
        // With x = 1 the secret is the peer's value itself: 3 has 255 leading zero bytes in 256.
        DhKeyPair own = new DhKeyPair(DhGroup.FFDHE2048, BigInteger.ONE, BigInteger.TWO);
        Bytes peer = Bytes.ofUnsigned(3);
        assertThat(right(own.sharedSecret(peer, DhSecretEncoding.LEADING_ZEROS_STRIPPED))).isEqualTo(Bytes.ofUnsigned(3));
        assertThat(right(own.sharedSecret(peer, DhSecretEncoding.PADDED_TO_PRIME))).isEqualTo(Bytes.zeros(255).concat(Bytes.ofUnsigned(3)));
        // The peer's value may itself come padded: the same secret.
        assertThat(right(own.sharedSecret(Bytes.zeros(255).concat(peer), DhSecretEncoding.LEADING_ZEROS_STRIPPED))).isEqualTo(Bytes.ofUnsigned(3));
    }

    private static Bytes minus(Bytes value, int k) {
        return Bytes.of(BigIntegers.asUnsignedByteArray(new BigInteger(1, value.toArray()).subtract(BigInteger.valueOf(k))));
    }
}
