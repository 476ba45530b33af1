package org.tlscodec.vectors.session.captures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.conversation.Chunk;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.vectors.data.Captures;

/**
 * A bundled capture's connection as the conversation API takes it: each side's stream (as the
 * captures bundle it) cut into records and interleaved in the order the capture completed them
 * (expected.json's {@code records[]}, with {@code dir} and {@code length}), one chunk per record.
 */
final class CaptureChunks {
    private CaptureChunks() {
    }

    static JsonNode expected() {
        try {
            return new ObjectMapper().readTree(Captures.expectedJson().get()).get("cases");
        } catch (java.io.IOException e) {
            throw new AssertionError("expected.json: " + e);
        }
    }

    static JsonNode connection(JsonNode expected, String captureCase, int conn) {
        return expected.get(captureCase).get("connections").get(conn);
    }

    static Vector<Chunk> chunks(JsonNode connection, String captureCase, int conn) {
        Bytes client = Captures.stream(captureCase, conn, Captures.Side.CLIENT).get();
        Bytes server = Captures.stream(captureCase, conn, Captures.Side.SERVER).get();
        int c = 0;
        int s = 0;
        Vector<Chunk> out = Vector.empty();
        for (JsonNode r : connection.get("records")) {
            int n = 5 + r.get("length").asInt();
            if (r.get("dir").asText().equals("c2s")) {
                out = out.append(new Chunk(ConnectionEnd.CLIENT, client.slice(c, c + n)));
                c += n;
            } else {
                out = out.append(new Chunk(ConnectionEnd.SERVER, server.slice(s, s + n)));
                s += n;
            }
        }
        if (c != client.size() || s != server.size()) {
            throw new AssertionError(captureCase + " conn " + conn + ": expected.json's records do not cover the streams");
        }
        return out;
    }
}
