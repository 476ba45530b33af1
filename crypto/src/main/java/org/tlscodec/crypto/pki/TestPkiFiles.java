package org.tlscodec.crypto.pki;

import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a test PKI to a directory: {@code <name>.pem} (the certificate) and {@code <name>.key}
 * (the PKCS#8 private key) for ca, server-rsa, server-ecdsa, server-ed25519 and client. The only
 * place this package touches files.
 */
public final class TestPkiFiles {
    private TestPkiFiles() {
    }

    /** Creates the directory if needed, writes (or overwrites) the ten files and answers their paths. */
    public static Either<PkiError, Vector<Path>> write(TestPki pki, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException | RuntimeException e) {
            return Either.left(new PkiError.Io(directory.toString(), e.toString()));
        }
        Vector<Path> written = Vector.empty();
        for (Tuple2<String, IssuedCertificate> entry : pki.all()) {
            Either<PkiError, Path> pem = file(directory.resolve(entry._1 + ".pem"), entry._2.certificatePem());
            if (pem.isLeft()) {
                return Either.left(pem.getLeft());
            }
            Either<PkiError, Path> key = file(directory.resolve(entry._1 + ".key"), entry._2.keyPem());
            if (key.isLeft()) {
                return Either.left(key.getLeft());
            }
            written = written.append(pem.get()).append(key.get());
        }
        return Either.right(written);
    }

    private static Either<PkiError, Path> file(Path path, String text) {
        try {
            return Either.right(Files.writeString(path, text, StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return Either.left(new PkiError.Io(path.toString(), e.toString()));
        }
    }
}
