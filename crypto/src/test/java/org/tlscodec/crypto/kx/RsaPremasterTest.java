package org.tlscodec.crypto.kx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tlscodec.crypto.kx.Fixtures.left;
import static org.tlscodec.crypto.kx.Fixtures.random;
import static org.tlscodec.crypto.kx.Fixtures.right;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * The RSA premaster of RFC 5246 section 7.4.7.1: a round trip gives the premaster back, and every
 * way a ciphertext can be wrong (padding, length, version, size) gives the same 48-byte fallback,
 * client_version followed by the random bytes drawn before decryption, so the output tells nothing
 * about what was wrong.
 */
class RsaPremasterTest {
    private static final ProtocolVersion TLS12 = ProtocolVersion.TLS_1_2;
    private static RSAPublicKey publicKey;
    private static RSAPrivateKey privateKey;

    @BeforeAll
    static void key() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024, random("rsa key"));
        KeyPair pair = generator.generateKeyPair();
        publicKey = (RSAPublicKey) pair.getPublic();
        privateKey = (RSAPrivateKey) pair.getPrivate();
    }

    @Test
    void aGeneratedPremasterIsClientVersionAnd46RandomBytes() {
        Bytes premaster = RsaPremaster.generate(TLS12, random("generate"));
        assertThat(premaster.size()).isEqualTo(48);
        assertThat(premaster.take(2)).isEqualTo(Bytes.fromHex("0303"));
        assertThat(RsaPremaster.generate(TLS12, random("generate 2")).drop(2)).isNotEqualTo(premaster.drop(2));
    }

    @Test
    void anEncryptedPremasterDecryptsToItself() {
        Bytes premaster = RsaPremaster.generate(TLS12, random("round trip"));
        Bytes encrypted = right(RsaPremaster.encrypt(publicKey, premaster, random("encrypt")));
        assertThat(encrypted.size()).isEqualTo(128);
        assertThat(RsaPremaster.decrypt(privateKey, encrypted, TLS12, random("decrypt"))).isEqualTo(premaster);
    }

    @Test
    void theFallbackIsClientVersionThenTheRandomBytesDrawnBeforeDecrypting() {
        Bytes bad = Bytes.zeros(128);
        byte[] drawnFirst = new byte[48];
        random("fallback").nextBytes(drawnFirst);
        Bytes premaster = RsaPremaster.decrypt(privateKey, bad, TLS12, random("fallback"));
        assertThat(premaster).isEqualTo(Bytes.fromHex("0303").concat(Bytes.of(drawnFirst).drop(2)));
    }

    @Test
    void badPaddingWrongLengthWrongVersionAndBadSizesAllGiveTheSameFallback() throws GeneralSecurityException {
        Bytes good = RsaPremaster.generate(TLS12, random("cases"));
        Bytes[] bad = {
            Bytes.of(flip(right(RsaPremaster.encrypt(publicKey, good, random("e1"))).toArray(), 127)),       // random padding
            right(RsaPremaster.encrypt(publicKey, good.take(47), random("e2"))),                               // 47 bytes
            right(RsaPremaster.encrypt(publicKey, good.concat(Bytes.zeros(1)), random("e3"))),                 // 49 bytes
            right(RsaPremaster.encrypt(publicKey, Bytes.fromHex("0301").concat(good.drop(2)), random("e4"))), // TLS 1.0 inside
            right(RsaPremaster.encrypt(publicKey, good, random("e5"))).take(100),                              // truncated
            Bytes.empty(),
            Bytes.of(org.bouncycastle.util.BigIntegers.asUnsignedByteArray(128, publicKey.getModulus())),     // c = n
            Bytes.fromHex("ff").concat(Bytes.zeros(128)),                                                       // longer than n
        };
        Bytes expected = RsaPremaster.decrypt(privateKey, bad[0], TLS12, random("same draw"));
        assertThat(expected).isNotEqualTo(good);
        for (Bytes ciphertext : bad) {
            assertThat(RsaPremaster.decrypt(privateKey, ciphertext, TLS12, random("same draw"))).isEqualTo(expected);
        }
    }

    @Test
    void theVersionCheckUsesTheClientHelloVersionNotTheNegotiatedOne() {
        Bytes tls10Premaster = RsaPremaster.generate(ProtocolVersion.TLS_1_0, random("tls10"));
        Bytes encrypted = right(RsaPremaster.encrypt(publicKey, tls10Premaster, random("tls10 e")));
        assertThat(RsaPremaster.decrypt(privateKey, encrypted, ProtocolVersion.TLS_1_0, random("tls10 d"))).isEqualTo(tls10Premaster);
        Bytes other = RsaPremaster.decrypt(privateKey, encrypted, TLS12, random("tls10 d"));
        assertThat(other.take(2)).isEqualTo(Bytes.fromHex("0303"));
        assertThat(other.drop(2)).isNotEqualTo(tls10Premaster.drop(2));
    }

    @Test
    void aPremasterTooLongForTheModulusIsAnError() {
        KxError error = left(RsaPremaster.encrypt(publicKey, Bytes.zeros(118), random("long")));
        assertThat(error.message()).contains("at most 117 bytes");
        assertThat(RsaPremaster.encrypt(publicKey, Bytes.zeros(117), random("fits")).isRight()).isTrue();
    }

    private static byte[] flip(byte[] b, int at) {
        b[at] ^= 0x55;
        return b;
    }
}
