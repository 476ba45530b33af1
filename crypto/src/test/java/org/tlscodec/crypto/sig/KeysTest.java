package org.tlscodec.crypto.sig;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading keys: their kinds, equality, and that a private key never prints its bytes. */
class KeysTest {

    @Test
    void eachKeyIsReadWithItsKindFromItsAlgorithmIdentifier() {
        assertThat(TestKeys.signing(TestKeys.RSA_1024).kind()).isEqualTo(new KeyKind.Rsa(1024));
        assertThat(TestKeys.verifying(TestKeys.RSA_1024).kind()).isEqualTo(new KeyKind.Rsa(1024));
        assertThat(TestKeys.verifying(TestKeys.P384).kind()).isEqualTo(new KeyKind.Ec("secp384r1"));
        assertThat(TestKeys.signing(TestKeys.BRAINPOOL_P256).kind()).isEqualTo(new KeyKind.Ec("brainpoolP256r1"));
        assertThat(TestKeys.verifying(TestKeys.ED448).kind()).isEqualTo(new KeyKind.Ed448());
    }

    @Test
    void aSigningKeyPrintsItsKindAndLengthButNotItsBytes() {
        SigningKey key = TestKeys.signing(TestKeys.P256);
        String hex = key.privateKeyInfo().hex();
        assertThat(key.toString()).contains("secp256r1").contains(key.privateKeyInfo().size() + " bytes");
        for (int at = 0; at + 8 <= hex.length(); at += 8) {
            assertThat(key.toString()).doesNotContain(hex.substring(at, at + 8));
        }
    }

    @Test
    void keysAreEqualExactlyWhenTheirDerIs() {
        assertThat(TestKeys.signing(TestKeys.P256)).isEqualTo(TestKeys.signing(TestKeys.P256)).isNotEqualTo(TestKeys.signing(TestKeys.P384));
        assertThat(TestKeys.verifying(TestKeys.ED25519)).isEqualTo(TestKeys.verifying(TestKeys.ED25519))
                .hasSameHashCodeAs(TestKeys.verifying(TestKeys.ED25519)).isNotEqualTo(TestKeys.verifying(TestKeys.ED448));
    }
}
