package org.tlscodec.examples.cli;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tlscodec.codec.Bytes;

/** The bytes a command reads, and where they came from. */
record DemoInput(String name, Bytes bytes) {

    /** The default input: the client's stream of a real OpenSSL capture (see captures/README.md in the resources). */
    static final String BUNDLED = "captures/tls13_aes128gcm/conn0.client.bin";

    static Either<String, DemoInput> bundled() {
        try (InputStream in = DemoInput.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                return Either.left("the bundled capture " + BUNDLED + " is missing from the class path");
            }
            return Either.right(new DemoInput("bundled:" + BUNDLED, Bytes.of(in.readAllBytes())));
        } catch (IOException e) {
            return Either.left("cannot read the bundled capture: " + e);
        }
    }

    /** A file, or standard input for {@code -}. */
    static Either<String, DemoInput> file(Path file, InputStream stdin) {
        try {
            if (file.toString().equals("-")) {
                return Either.right(new DemoInput("stdin", Bytes.of(stdin.readAllBytes())));
            }
            return Either.right(new DemoInput(file.toString(), Bytes.of(Files.readAllBytes(file))));
        } catch (IOException e) {
            return Either.left("cannot read " + file + ": " + describe(e));
        }
    }

    /** Hexadecimal text; white space and ':' are ignored. */
    static Either<String, DemoInput> hex(String hex) {
        try {
            return Either.right(new DemoInput("hex", Bytes.fromHex(hex)));
        } catch (IllegalArgumentException e) {
            return Either.left("--hex: " + Option.of(e.getMessage()).getOrElse("not hexadecimal"));
        }
    }

    private static String describe(IOException e) {
        String what = e.getClass().getSimpleName().replace("Exception", "");
        return Option.of(e.getMessage()).map(m -> what + " (" + m + ")").getOrElse(what);
    }
}
