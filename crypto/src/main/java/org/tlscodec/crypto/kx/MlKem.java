package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import java.security.SecureRandom;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.generators.MLKEMKeyPairGenerator;
import org.bouncycastle.crypto.kems.MLKEMGenerator;
import org.bouncycastle.crypto.params.MLKEMKeyGenerationParameters;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;
import org.tlscodec.codec.Bytes;

/**
 * ML-KEM (FIPS 203) at its three parameter sets, from Bouncy Castle (the JDK 17 baseline has no
 * ML-KEM). As draft-ietf-tls-mlkem and draft-ietf-tls-ecdhe-mlkem use it: the client's key share
 * is the encapsulation key, the server's is the ciphertext, and the shared secret is the KEM's 32
 * bytes. The server checks the encapsulation key (FIPS 203 section 7.2: its length and that every
 * coefficient is below q) and the client the ciphertext's length (section 7.3).
 */
public enum MlKem {
    ML_KEM_512("ML-KEM-512", MLKEMParameters.ml_kem_512, 800, 768),
    ML_KEM_768("ML-KEM-768", MLKEMParameters.ml_kem_768, 1184, 1088),
    ML_KEM_1024("ML-KEM-1024", MLKEMParameters.ml_kem_1024, 1568, 1568);

    /** The length of the shared secret of every parameter set (FIPS 203 section 8). */
    public static final int SHARED_SECRET_LENGTH = 32;

    private final String kemName;
    private final MLKEMParameters parameters;
    private final int encapsulationKeyLength;
    private final int ciphertextLength;

    MlKem(String kemName, MLKEMParameters parameters, int encapsulationKeyLength, int ciphertextLength) {
        this.kemName = kemName;
        this.parameters = parameters;
        this.encapsulationKeyLength = encapsulationKeyLength;
        this.ciphertextLength = ciphertextLength;
    }

    /** "ML-KEM-512", "ML-KEM-768" or "ML-KEM-1024". */
    public String kemName() {
        return kemName;
    }

    /** The length of an encapsulation key (FIPS 203 section 8, table 3: 384k + 32). */
    public int encapsulationKeyLength() {
        return encapsulationKeyLength;
    }

    /** The length of a ciphertext (FIPS 203 section 8, table 3). */
    public int ciphertextLength() {
        return ciphertextLength;
    }

    /** ML-KEM.KeyGen: a fresh key pair. */
    public MlKemKeyPair generateKeyPair(SecureRandom random) {
        MLKEMKeyPairGenerator generator = new MLKEMKeyPairGenerator();
        generator.init(new MLKEMKeyGenerationParameters(random, parameters));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        return new MlKemKeyPair(this, (MLKEMPrivateKeyParameters) pair.getPrivate(),
                Bytes.of(((MLKEMPublicKeyParameters) pair.getPublic()).getEncoded()));
    }

    /** ML-KEM.Encaps against an encapsulation key, after the FIPS 203 section 7.2 input check. */
    public Either<KxError, MlKemEncapsulation> encapsulate(Bytes encapsulationKey, SecureRandom random) {
        if (encapsulationKey.size() != encapsulationKeyLength) {
            return Either.left(new KxError.WrongLength(kemName + " encapsulation key", encapsulationKeyLength, encapsulationKey.size()));
        }
        MLKEMPublicKeyParameters key;
        try {
            key = new MLKEMPublicKeyParameters(parameters, encapsulationKey.toArray());
        } catch (IllegalArgumentException e) {
            return Either.left(new KxError.InvalidEncapsulationKey(kemName, e.getMessage() == null ? "rejected" : e.getMessage()));
        }
        SecretWithEncapsulation result = new MLKEMGenerator(random).generateEncapsulated(key);
        return Either.right(new MlKemEncapsulation(Bytes.of(result.getEncapsulation()), Bytes.of(result.getSecret())));
    }
}
