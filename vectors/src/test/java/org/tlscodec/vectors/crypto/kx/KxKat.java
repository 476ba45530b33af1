package org.tlscodec.vectors.crypto.kx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Either;
import java.io.UncheckedIOException;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kx.KxError;
import org.tlscodec.vectors.data.Resources;

/** Reading the key exchange known-answer files, and unwrapping results the tests expect to succeed. */
final class KxKat {
    private KxKat() {
    }

    static JsonNode json(String file) {
        String text = Resources.knownAnswers(file).getOrElseThrow(e -> new AssertionError(file + ": " + e));
        try {
            return new ObjectMapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Bytes hex(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (!v.isTextual()) {
            throw new AssertionError("no hex field " + field + " in " + node);
        }
        return Bytes.fromHex(v.asText());
    }

    static <T> T right(Either<KxError, T> e) {
        return e.getOrElseThrow(err -> new AssertionError(err.message()));
    }
}
