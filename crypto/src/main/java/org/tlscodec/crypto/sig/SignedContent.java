package org.tlscodec.crypto.sig;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.Sender;

/**
 * The bytes TLS signs, built from their parts. Pure functions.
 * <ul>
 *   <li>ServerKeyExchange (RFC 5246 section 7.4.3, the same in RFC 4346, RFC 2246 and SSL 3.0):
 *       {@code ClientHello.random + ServerHello.random + ServerKeyExchange.params}, the params
 *       exactly as sent;</li>
 *   <li>TLS 1.3 CertificateVerify (RFC 8446 section 4.4.3): 64 bytes of 0x20, the context string,
 *       one 0 byte, then Transcript-Hash(Handshake Context, Certificate). The padding makes the
 *       content unlike any TLS 1.2 ServerKeyExchange prefix, and the context string tells a
 *       server's signature from a client's.</li>
 * </ul>
 * A TLS 1.2 (and earlier) CertificateVerify signs the handshake messages themselves, so it needs no builder.
 */
public final class SignedContent {
    /** The context string of a server's CertificateVerify (RFC 8446 section 4.4.3). */
    public static final String SERVER_CERTIFICATE_VERIFY = "TLS 1.3, server CertificateVerify";
    /** The context string of a client's CertificateVerify (RFC 8446 section 4.4.3). */
    public static final String CLIENT_CERTIFICATE_VERIFY = "TLS 1.3, client CertificateVerify";

    /** The length of a ClientHello or ServerHello random (RFC 5246 section 7.4.1.2). */
    public static final int RANDOM_LENGTH = 32;

    private static final Bytes PADDING = Bytes.of(repeat((byte) 0x20, 64));

    private SignedContent() {
    }

    /** {@code client_random + server_random + params}: what a ServerKeyExchange signature covers. */
    public static Either<SignatureError, Bytes> serverKeyExchange(Bytes clientRandom, Bytes serverRandom, Bytes serverParams) {
        if (clientRandom.size() != RANDOM_LENGTH) {
            return Either.left(new SignatureError.MalformedInput("ClientHello.random", "is " + RANDOM_LENGTH + " bytes, not " + clientRandom.size()));
        }
        if (serverRandom.size() != RANDOM_LENGTH) {
            return Either.left(new SignatureError.MalformedInput("ServerHello.random", "is " + RANDOM_LENGTH + " bytes, not " + serverRandom.size()));
        }
        return Either.right(clientRandom.concat(serverRandom).concat(serverParams));
    }

    /** The context string {@code sender}'s CertificateVerify signs. */
    public static String certificateVerifyContext(Sender sender) {
        return sender == Sender.SERVER ? SERVER_CERTIFICATE_VERIFY : CLIENT_CERTIFICATE_VERIFY;
    }

    /**
     * What {@code sender}'s TLS 1.3 CertificateVerify signs: 64 spaces, the context string, 0x00,
     * the transcript hash up to and including the Certificate message.
     */
    public static Either<SignatureError, Bytes> certificateVerify(Sender sender, Bytes transcriptHash) {
        if (transcriptHash.isEmpty()) {
            return Either.left(new SignatureError.MalformedInput("transcript hash", "is the output of the suite's hash, not empty"));
        }
        Bytes context = Bytes.of(certificateVerifyContext(sender).getBytes(StandardCharsets.US_ASCII));
        return Either.right(PADDING.concat(context).concat(Bytes.of((byte) 0)).concat(transcriptHash));
    }

    private static byte[] repeat(byte b, int n) {
        byte[] out = new byte[n];
        java.util.Arrays.fill(out, b);
        return out;
    }
}
