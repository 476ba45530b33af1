package org.tlscodec.vectors.crypto.kdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Either;
import java.io.UncheckedIOException;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.KdfError;
import org.tlscodec.vectors.data.Resources;

/** Reading the known-answer JSON files of the vectors module. */
final class Kat {
    private Kat() {
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

    static HashAlgorithm hash(String name) {
        return HashAlgorithm.named(name).getOrElseThrow(() -> new AssertionError("unknown hash " + name));
    }

    static <T> T right(Either<KdfError, T> e) {
        return e.getOrElseThrow(err -> new AssertionError(err.message()));
    }
}
