package org.tlscodec.crypto.cipher;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.tlscodec.codec.Bytes;

/**
 * The RC4 keystream of one direction, shared by the successive protection values of that
 * direction (TLS's {@link StreamProtection}, SSL 2.0's {@link SslV2Protection}): a keystream
 * cannot be copied, so each value carries the generation it may run at, and a value used after
 * its successor exists is refused ({@link CipherError.StaleState}) rather than giving wrong bytes.
 * A null cipher is the identity (the NULL cipher).
 */
final class Keystream {
    private final @Nullable Cipher cipher;
    private long generation;

    Keystream(@Nullable Cipher cipher) {
        this.cipher = cipher;
    }

    /** The JCA's ARCFOUR keyed with {@code key} (RC4_128, and the 16-byte expanded key of the export kinds). */
    static Keystream rc4(Bytes key) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("ARCFOUR");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.toArray(), "ARCFOUR"));
        return new Keystream(c);
    }

    boolean isIdentity() {
        return cipher == null;
    }

    /** True when a value of generation {@code g} may run: no later record has used the stream. */
    boolean current(long g) {
        return generation == g;
    }

    /** Marks the stream used by one more record; answers the generation of the value that follows. */
    long advance() {
        return ++generation;
    }

    byte[] apply(byte[] in) {
        if (cipher == null || in.length == 0) {
            return in;
        }
        byte[] out = cipher.update(in);
        return out == null ? new byte[0] : out;
    }
}
