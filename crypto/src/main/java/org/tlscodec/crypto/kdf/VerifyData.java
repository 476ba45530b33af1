package org.tlscodec.crypto.kdf;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;

/**
 * The verify_data of the Finished message before TLS 1.3, over the concatenated handshake
 * messages the Finished covers (every message before it, headers included, in order).
 */
public final class VerifyData {
    /** The verify_data length of TLS 1.0 to 1.2 unless a TLS 1.2 suite says otherwise (RFC 5246 section 7.4.9). */
    public static final int TLS_LENGTH = 12;

    private static final int SSL3_MD5_PAD_LENGTH = 48;
    private static final int SSL3_SHA_PAD_LENGTH = 40;

    private VerifyData() {
    }

    /**
     * SSL 3.0 (RFC 6101 section 5.6.9): MD5(master_secret + pad2 + MD5(handshake_messages + Sender +
     * master_secret + pad1)) + SHA(master_secret + pad2 + SHA(handshake_messages + Sender +
     * master_secret + pad1)), 36 bytes; pad1 is 0x36 and pad2 0x5c, 48 times for MD5 and 40 for SHA.
     */
    public static Bytes ssl3(Bytes masterSecret, Bytes handshakeMessages, Sender sender) {
        return ssl3Half(HashAlgorithm.MD5, SSL3_MD5_PAD_LENGTH, masterSecret, handshakeMessages, sender)
                .concat(ssl3Half(HashAlgorithm.SHA1, SSL3_SHA_PAD_LENGTH, masterSecret, handshakeMessages, sender));
    }

    /**
     * TLS 1.0 to 1.2 (RFC 2246 / RFC 5246 section 7.4.9): PRF(master_secret, finished_label,
     * handshake hash)[0..length-1], where the handshake hash is MD5 + SHA-1 of the messages before
     * TLS 1.2 and the PRF hash of them in TLS 1.2.
     */
    public static Either<KdfError, Bytes> tls(Prf prf, Bytes masterSecret, Bytes handshakeMessages, Sender sender, int length) {
        if (prf instanceof Prf.Ssl3) {
            return Either.left(new KdfError.Invalid("SSL 3.0 Finished is VerifyData.ssl3, not a PRF output"));
        }
        return prf.compute(masterSecret, sender.finishedLabel(), handshakeHash(prf, handshakeMessages), length);
    }

    /** {@link #tls} with the usual 12 bytes. */
    public static Either<KdfError, Bytes> tls(Prf prf, Bytes masterSecret, Bytes handshakeMessages, Sender sender) {
        return tls(prf, masterSecret, handshakeMessages, sender, TLS_LENGTH);
    }

    /** The hash TLS signs and finishes over: MD5 + SHA-1 before TLS 1.2, the PRF's hash in TLS 1.2. */
    public static Bytes handshakeHash(Prf prf, Bytes handshakeMessages) {
        if (prf instanceof Prf.Tls12 tls12) {
            return tls12.hash().digest(handshakeMessages);
        }
        return HashAlgorithm.MD5.digest(handshakeMessages).concat(HashAlgorithm.SHA1.digest(handshakeMessages));
    }

    /**
     * Whether a received verify_data (or TLS 1.3 Finished, or PSK binder) equals the computed one,
     * in time that does not depend on where they differ, so a peer learns nothing byte by byte.
     */
    public static boolean matches(Bytes computed, Bytes received) {
        return java.security.MessageDigest.isEqual(computed.toArray(), received.toArray());
    }

    private static Bytes ssl3Half(HashAlgorithm hash, int padLength, Bytes masterSecret, Bytes messages, Sender sender) {
        Bytes pad1 = repeated(0x36, padLength);
        Bytes pad2 = repeated(0x5c, padLength);
        Bytes inner = hash.digest(messages, sender.ssl3Sender(), masterSecret, pad1);
        return hash.digest(masterSecret, pad2, inner);
    }

    private static Bytes repeated(int value, int count) {
        byte[] b = new byte[count];
        java.util.Arrays.fill(b, (byte) value);
        return Bytes.of(b);
    }
}
