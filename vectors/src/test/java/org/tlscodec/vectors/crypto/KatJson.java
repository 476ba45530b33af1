package org.tlscodec.vectors.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.tlscodec.codec.Bytes;
import org.tlscodec.vectors.data.Resources;

/** The known-answer JSON files of {@code tlscodec/kat/}, read for the crypto tests of every package. */
public final class KatJson {
    private KatJson() {
    }

    /** The parsed file; a missing or malformed file fails the test that asked. */
    public static JsonNode json(String file) {
        String text = Resources.knownAnswers(file).getOrElseThrow(e -> new AssertionError(file + ": " + e));
        try {
            return new ObjectMapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hex string field as bytes; a missing field fails the test. */
    public static Bytes hex(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (!v.isTextual()) {
            throw new AssertionError("no hex field " + field + " in " + node);
        }
        return Bytes.fromHex(v.asText());
    }
}
