package org.tlscodec.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.tlscodec.codec.Bytes;

/**
 * tshark's facts about the bundled capture's first ClientHello, copied from
 * {@code ../shared/captures/expected.json} into {@code expected/tls13_aes128gcm.json}; and the
 * capture's bytes themselves.
 */
final class CaptureFacts {
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private CaptureFacts() {
    }

    static JsonNode expected() {
        try (InputStream in = resource("expected/tls13_aes128gcm.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Bytes clientStream() {
        try (InputStream in = resource(DemoInput.BUNDLED)) {
            return Bytes.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a whole output as one JSON value: anything else on stdout fails. */
    static JsonNode parse(String out) {
        try {
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new AssertionError("stdout is not one JSON value: " + out, e);
        }
    }

    static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }

    /** {@code "0x1301"} to 4865. */
    static int code(JsonNode hex) {
        return Integer.decode(hex.asText());
    }

    private static InputStream resource(String name) {
        InputStream in = CaptureFacts.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return in;
    }
}
