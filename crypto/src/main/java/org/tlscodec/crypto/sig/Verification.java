package org.tlscodec.crypto.sig;

/**
 * The outcome of checking a well-formed signature: it was made over this content with the private
 * half of this key, or it was not. (Input that is not a signature of the scheme's form at all, such
 * as a 63-byte Ed25519 signature, is a {@link SignatureError}, not an outcome.)
 */
public enum Verification {
    VALID,
    INVALID;

    /** True for {@link #VALID}. */
    public boolean isValid() {
        return this == VALID;
    }

    /** {@link #VALID} when {@code valid}, else {@link #INVALID}. */
    public static Verification of(boolean valid) {
        return valid ? VALID : INVALID;
    }
}
