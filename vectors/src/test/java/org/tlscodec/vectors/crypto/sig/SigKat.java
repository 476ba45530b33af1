package org.tlscodec.vectors.crypto.sig;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import org.tlscodec.codec.Bytes;
import org.tlscodec.vectors.crypto.KatJson;
import org.tlscodec.crypto.sig.SignatureError;
import org.tlscodec.crypto.sig.SigningKey;
import org.tlscodec.crypto.sig.VerifyingKey;
import org.tlscodec.crypto.x509.Certificates;
import org.tlscodec.vectors.data.Captures;

/** Reading the vectors module's data for the signature tests. */
final class SigKat {
    private SigKat() {
    }

    static JsonNode json(String file) {
        return KatJson.json(file);
    }

    static Bytes hex(JsonNode node, String field) {
        return KatJson.hex(node, field);
    }

    static <T> T right(Either<SignatureError, T> e) {
        return e.getOrElseThrow(err -> new AssertionError(err.message()));
    }

    /** The private key of the bundled captures' PKI, e.g. "server-rsa". */
    static SigningKey pkiSigningKey(String name) {
        String pem = new String(Captures.resource("pki/" + name + ".key").get().toArray(), StandardCharsets.US_ASCII);
        return right(SigningKey.ofPem(pem));
    }

    /** The certificate key of the bundled captures' PKI, e.g. "server-rsa". */
    static VerifyingKey pkiVerifyingKey(String name) {
        return right(VerifyingKey.of(Certificates.parseAny(Captures.resource("pki/" + name + ".pem").get())
                .getOrElseThrow(e -> new AssertionError(e.detail()))));
    }

    /** The same bytes with one bit flipped. */
    static Bytes flip(Bytes b, int bit) {
        byte[] a = b.toArray();
        a[bit / 8] ^= (byte) (1 << (bit % 8));
        return Bytes.of(a);
    }

    /** True when the result is a valid verification; an error or INVALID is false. */
    static boolean valid(Either<SignatureError, org.tlscodec.crypto.sig.Verification> result) {
        return result.map(org.tlscodec.crypto.sig.Verification::isValid).getOrElse(false);
    }
}
