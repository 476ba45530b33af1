package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import org.bouncycastle.crypto.kems.MLKEMExtractor;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.tlscodec.codec.Bytes;

/** An ML-KEM key pair: the encapsulation key to send and the decapsulation key kept. {@code toString} never shows the latter. */
public final class MlKemKeyPair {
    private final MlKem kem;
    private final MLKEMPrivateKeyParameters decapsulationKey;
    private final Bytes encapsulationKey;

    MlKemKeyPair(MlKem kem, MLKEMPrivateKeyParameters decapsulationKey, Bytes encapsulationKey) {
        this.kem = kem;
        this.decapsulationKey = decapsulationKey;
        this.encapsulationKey = encapsulationKey;
    }

    /** The parameter set. */
    public MlKem kem() {
        return kem;
    }

    /** The encapsulation key: the client's key share. */
    public Bytes encapsulationKey() {
        return encapsulationKey;
    }

    /**
     * ML-KEM.Decaps: the shared secret of a ciphertext of the right length (FIPS 203 section 7.3).
     * A wrong ciphertext of the right length gives FIPS 203's implicit-rejection secret, not an
     * error: the handshake then fails at Finished.
     */
    public Either<KxError, Bytes> decapsulate(Bytes ciphertext) {
        if (ciphertext.size() != kem.ciphertextLength()) {
            return Either.left(new KxError.WrongLength(kem.kemName() + " ciphertext", kem.ciphertextLength(), ciphertext.size()));
        }
        return Either.right(Bytes.of(new MLKEMExtractor(decapsulationKey).extractSecret(ciphertext.toArray())));
    }

    @Override
    public String toString() {
        return "MlKemKeyPair[" + kem.kemName() + ", encapsulationKey=" + encapsulationKey.size() + " bytes, decapsulationKey=<hidden>]";
    }
}
