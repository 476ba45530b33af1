package org.tlscodec.vectors.data;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import org.tlscodec.codec.Bytes;

/** Reads a bundled resource; a missing one is a value, not an exception. */
public final class Resources {
    private Resources() {
    }

    /** The bytes of the resource at an absolute class-path location, or why it could not be read. */
    public static Either<String, Bytes> read(String absolutePath) {
        try (InputStream in = Resources.class.getResourceAsStream(absolutePath)) {
            if (in == null) {
                return Either.left("no resource " + absolutePath);
            }
            return Either.right(Bytes.of(in.readAllBytes()));
        } catch (IOException e) {
            return Either.left("cannot read " + absolutePath + ": " + e.getMessage());
        }
    }

    /** A known-answer vector file under {@code tlscodec/kat/}, as JSON text. */
    public static Either<String, String> knownAnswers(String fileName) {
        return read("/tlscodec/kat/" + fileName).map(b -> new String(b.toArray(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
