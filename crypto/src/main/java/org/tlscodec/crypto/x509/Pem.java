package org.tlscodec.crypto.x509;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.tlscodec.codec.Bytes;

/** PEM text (RFC 7468): labelled base64 blocks. */
public final class Pem {
    private Pem() {
    }

    /** One block read from PEM text. */
    public record Block(String label, Bytes der) {
    }

    /** {@code -----BEGIN label-----}, the base64 in 64-character lines, {@code -----END label-----}, LF line ends. */
    public static String encode(String label, Bytes der) {
        String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der.toArray());
        return "-----BEGIN " + label + "-----\n" + base64 + (base64.isEmpty() ? "" : "\n") + "-----END " + label + "-----\n";
    }

    /** Every block of PEM text, in order; text between blocks is ignored. */
    public static Either<X509Error, Vector<Block>> decode(String text) {
        Vector<Block> blocks = Vector.empty();
        try (PemReader reader = new PemReader(new StringReader(text))) {
            for (PemObject o = reader.readPemObject(); o != null; o = reader.readPemObject()) {
                blocks = blocks.append(new Block(o.getType(), Bytes.of(o.getContent())));
            }
            return Either.right(blocks);
        } catch (IOException | RuntimeException e) {
            return Either.left(new X509Error.Malformed("PEM: " + BouncyCastle.describe(e)));
        }
    }

    /** True when bytes look like PEM text rather than DER (DER starts with a SEQUENCE tag, 0x30). */
    static boolean looksLikePem(Bytes bytes) {
        String start = new String(bytes.take(Math.min(bytes.size(), 4096)).toArray(), StandardCharsets.US_ASCII);
        return start.contains("-----BEGIN ");
    }
}
