package org.tlscodec.vectors.crypto.kx;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.vectors.crypto.KatJson;
import org.tlscodec.crypto.kx.KxError;

/** Reading the key exchange known-answer files, and unwrapping results the tests expect to succeed. */
final class KxKat {
    private KxKat() {
    }

    static JsonNode json(String file) {
        return KatJson.json(file);
    }

    static Bytes hex(JsonNode node, String field) {
        return KatJson.hex(node, field);
    }

    static <T> T right(Either<KxError, T> e) {
        return e.getOrElseThrow(err -> new AssertionError(err.message()));
    }
}
