package org.tlscodec.vectors.crypto.kdf;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.vectors.crypto.KatJson;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.KdfError;

/** Reading the known-answer JSON files of the vectors module. */
final class Kat {
    private Kat() {
    }

    static JsonNode json(String file) {
        return KatJson.json(file);
    }

    static Bytes hex(JsonNode node, String field) {
        return KatJson.hex(node, field);
    }

    static HashAlgorithm hash(String name) {
        return HashAlgorithm.named(name).getOrElseThrow(() -> new AssertionError("unknown hash " + name));
    }

    static <T> T right(Either<KdfError, T> e) {
        return e.getOrElseThrow(err -> new AssertionError(err.message()));
    }
}
