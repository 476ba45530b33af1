package org.tlscodec.tls.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

class SignatureSchemeTest {

    @Test
    void aKnownSchemeDecodesToTheInternedConstant() {
        assertThat(SignatureScheme.CODEC.decode(Bytes.fromHex("0804")).get()).isSameAs(SignatureScheme.RSA_PSS_RSAE_SHA256);
        assertThat(SignatureScheme.CODEC.decode(Bytes.fromHex("0403")).get()).isSameAs(SignatureScheme.ECDSA_SECP256R1_SHA256);
    }

    @Test
    void anUnassignedSchemeIsKeptAndPrintsAsHex() {
        SignatureScheme s = SignatureScheme.CODEC.decode(Bytes.fromHex("0907")).get();
        assertThat(s.isKnown()).isFalse();
        assertThat(s).hasToString("0x0907");
    }

    @Test
    void theCodesAndNamesAreIanas() {
        assertThat(SignatureScheme.of(0x0201)).hasToString("rsa_pkcs1_sha1");
        assertThat(SignatureScheme.of(0x0203)).hasToString("ecdsa_sha1");
        assertThat(SignatureScheme.of(0x0401)).hasToString("rsa_pkcs1_sha256");
        assertThat(SignatureScheme.of(0x0403)).hasToString("ecdsa_secp256r1_sha256");
        assertThat(SignatureScheme.of(0x0503)).hasToString("ecdsa_secp384r1_sha384");
        assertThat(SignatureScheme.of(0x0603)).hasToString("ecdsa_secp521r1_sha512");
        assertThat(SignatureScheme.of(0x0708)).hasToString("sm2sig_sm3");
        assertThat(SignatureScheme.of(0x0709)).hasToString("gostr34102012_256a");
        assertThat(SignatureScheme.of(0x070f)).hasToString("gostr34102012_512c");
        assertThat(SignatureScheme.of(0x0804)).hasToString("rsa_pss_rsae_sha256");
        assertThat(SignatureScheme.of(0x0806)).hasToString("rsa_pss_rsae_sha512");
        assertThat(SignatureScheme.of(0x0807)).hasToString("ed25519");
        assertThat(SignatureScheme.of(0x0808)).hasToString("ed448");
        assertThat(SignatureScheme.of(0x0809)).hasToString("rsa_pss_pss_sha256");
        assertThat(SignatureScheme.of(0x080b)).hasToString("rsa_pss_pss_sha512");
        assertThat(SignatureScheme.of(0x081a)).hasToString("ecdsa_brainpoolP256r1tls13_sha256");
        assertThat(SignatureScheme.of(0x081c)).hasToString("ecdsa_brainpoolP512r1tls13_sha512");
        assertThat(SignatureScheme.of(0x0904)).hasToString("mldsa44");
        assertThat(SignatureScheme.of(0x0905)).hasToString("mldsa65");
        assertThat(SignatureScheme.of(0x0906)).hasToString("mldsa87");
    }

    @Test
    void legacyPairsWithoutAnIanaNameAreNamedSignatureThenHash() {
        assertThat(SignatureScheme.of(0x0101)).hasToString("rsa_md5");
        assertThat(SignatureScheme.of(0x0202)).hasToString("dsa_sha1");
        assertThat(SignatureScheme.of(0x0301)).hasToString("rsa_sha224");
        assertThat(SignatureScheme.of(0x0303)).hasToString("ecdsa_sha224");
        assertThat(SignatureScheme.of(0x0402)).hasToString("dsa_sha256");
        // Every pair of {md5..sha512} x {rsa, dsa, ecdsa} has a name.
        for (int hash = 1; hash <= 6; hash++) {
            for (int sig = 1; sig <= 3; sig++) {
                assertThat(SignatureScheme.of(hash << 8 | sig).isKnown()).as("%d,%d", hash, sig).isTrue();
            }
        }
    }

    @Test
    void theTwoBytesReadAsTls12HashAndSignatureAlgorithms() {
        assertThat(SignatureScheme.RSA_PKCS1_SHA256.hashAlgorithm()).isSameAs(HashAlgorithm.SHA256);
        assertThat(SignatureScheme.RSA_PKCS1_SHA256.signatureAlgorithm()).isSameAs(SignatureAlgorithm.RSA);
        assertThat(SignatureScheme.DSA_SHA1.hashAlgorithm()).isSameAs(HashAlgorithm.SHA1);
        assertThat(SignatureScheme.DSA_SHA1.signatureAlgorithm()).isSameAs(SignatureAlgorithm.DSA);
        assertThat(SignatureScheme.ECDSA_SECP384R1_SHA384.hashAlgorithm()).isSameAs(HashAlgorithm.SHA384);
        assertThat(SignatureScheme.ECDSA_SECP384R1_SHA384.signatureAlgorithm()).isSameAs(SignatureAlgorithm.ECDSA);
        assertThat(SignatureScheme.ED25519.hashAlgorithm()).isSameAs(HashAlgorithm.INTRINSIC);
        assertThat(SignatureScheme.ED25519.signatureAlgorithm()).isSameAs(SignatureAlgorithm.ED25519);
        assertThat(SignatureScheme.GOSTR34102012_512.signatureAlgorithm()).isSameAs(SignatureAlgorithm.GOSTR34102012_512);
        assertThat(SignatureScheme.of(0xe0e1).hashAlgorithm().code()).isEqualTo(0xe0);
        assertThat(SignatureScheme.of(0xe0e1).signatureAlgorithm().code()).isEqualTo(0xe1);
        // The legacy names are built from the two registries' names.
        for (SignatureScheme s : SignatureScheme.REGISTRY.known()) {
            int hash = s.code() >> 8;
            int sig = s.code() & 0xff;
            if (hash >= 1 && hash <= 6 && sig >= 1 && sig <= 3 && !s.name().get().contains("pkcs1")
                    && !s.name().get().contains("secp") && !s.name().get().equals("ecdsa_sha1")) {
                assertThat(s.name().get()).isEqualTo(s.signatureAlgorithm().display() + "_" + s.hashAlgorithm().display());
            }
        }
    }

    @Test
    void greaseSchemesAreRecognisedAndNamed() {
        for (int code : Grease.codes16()) {
            assertThat(SignatureScheme.of(code).isGrease()).isTrue();
            assertThat(SignatureScheme.of(code)).hasToString("GREASE");
        }
        assertThat(SignatureScheme.ED25519.isGrease()).isFalse();
    }
}
