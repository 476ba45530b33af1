package org.tlscodec.crypto.kx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tlscodec.crypto.kx.Fixtures.left;
import static org.tlscodec.crypto.kx.Fixtures.random;
import static org.tlscodec.crypto.kx.Fixtures.right;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

/**
 * ML-KEM: the FIPS 203 sizes, the encapsulation key check (section 7.2) on the server's side, the
 * ciphertext length check on the client's, and implicit rejection of a wrong ciphertext.
 */
class MlKemTest {

    @Test
    void everyParameterSetHasTheFips203SizesAndItsSidesAgree() {
        int[][] sizes = {{800, 768}, {1184, 1088}, {1568, 1568}};
        for (MlKem kem : MlKem.values()) {
            MlKemKeyPair pair = kem.generateKeyPair(random("sizes " + kem));
            MlKemEncapsulation enc = right(kem.encapsulate(pair.encapsulationKey(), random("encaps " + kem)));
            assertThat(pair.encapsulationKey().size()).isEqualTo(sizes[kem.ordinal()][0]).isEqualTo(kem.encapsulationKeyLength());
            assertThat(enc.ciphertext().size()).isEqualTo(sizes[kem.ordinal()][1]).isEqualTo(kem.ciphertextLength());
            assertThat(enc.sharedSecret().size()).isEqualTo(MlKem.SHARED_SECRET_LENGTH);
            assertThat(right(pair.decapsulate(enc.ciphertext()))).isEqualTo(enc.sharedSecret());
        }
    }

    @Test
    void anEncapsulationKeyWithACoefficientOfQOrMoreIsRefused() {
        Bytes key = MlKem.ML_KEM_768.generateKeyPair(random("modulus")).encapsulationKey();
        // The first 12-bit coefficient set to 0xfff, above q = 3329.
        Bytes bad = Bytes.ofUnsigned(0xff, key.get(1) | 0x0f).concat(key.drop(2));
        KxError error = left(MlKem.ML_KEM_768.encapsulate(bad, random("modulus encaps")));
        assertThat(error).isInstanceOf(KxError.InvalidEncapsulationKey.class);
        assertThat(error.message()).contains("FIPS 203 section 7.2");
        assertThat(left(MlKem.ML_KEM_768.encapsulate(key.take(1183), random("short")))).isEqualTo(
                new KxError.WrongLength("ML-KEM-768 encapsulation key", 1184, 1183));
    }

    @Test
    void aCiphertextOfTheWrongLengthIsRefusedAndAWrongOneGivesAnotherSecret() {
        MlKemKeyPair pair = MlKem.ML_KEM_512.generateKeyPair(random("ciphertext"));
        MlKemEncapsulation enc = right(MlKem.ML_KEM_512.encapsulate(pair.encapsulationKey(), random("ciphertext encaps")));
        assertThat(left(pair.decapsulate(enc.ciphertext().take(767)))).isEqualTo(new KxError.WrongLength("ML-KEM-512 ciphertext", 768, 767));
        Bytes tampered = Bytes.ofUnsigned(enc.ciphertext().get(0) ^ 1).concat(enc.ciphertext().drop(1));
        Bytes rejected = right(pair.decapsulate(tampered));
        assertThat(rejected.size()).isEqualTo(32);
        assertThat(rejected).isNotEqualTo(enc.sharedSecret());
        assertThat(right(pair.decapsulate(tampered))).isEqualTo(rejected);
    }
}
