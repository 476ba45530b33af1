package org.tlscodec.vectors.data;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;

/**
 * The real loopback captures bundled under {@code tlscodec/captures/} (see its README): per case,
 * the pcap, the NSS key log, and the raw bytes each side sent on each connection.
 */
public final class Captures {
    private static final String ROOT = "/tlscodec/captures/";

    /** Every capture case, in the order of the captures' README. */
    public static final Vector<String> CASES = Vector.of(
            "tls13_aes128gcm", "tls13_chacha20", "tls13_hrr", "tls13_psk_resumption", "tls13_client_auth",
            "tls13_keyupdate", "tls13_large_appdata", "tls12_ecdhe_rsa_aes128gcm", "tls12_dhe_rsa_aes256_sha256",
            "tls12_rsa_aes128_sha", "tls12_ecdhe_rsa_aes256_sha384", "tls12_ticket_resumption", "tls10_ecdhe_rsa_aes256_sha");

    /** Which side of a connection sent the bytes. */
    public enum Side {
        CLIENT("client"), SERVER("server");

        private final String file;

        Side(String file) {
            this.file = file;
        }
    }

    private Captures() {
    }

    /** The bytes {@code side} sent on connection {@code connection} of a case; none if there is no such stream. */
    public static Option<Bytes> stream(String captureCase, int connection, Side side) {
        return resource(captureCase + "/streams/conn" + connection + "." + side.file + ".bin").toOption();
    }

    /** How many connections a case holds. */
    public static int connections(String captureCase) {
        int n = 0;
        while (stream(captureCase, n, Side.CLIENT).isDefined()) {
            n++;
        }
        return n;
    }

    /** The NSS key log of a case, as text. */
    public static Either<String, String> keyLog(String captureCase) {
        return resource(captureCase + "/" + captureCase + ".keys").map(b -> new String(b.toArray(), java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** The pcap of a case. */
    public static Either<String, Bytes> pcap(String captureCase) {
        return resource(captureCase + "/" + captureCase + ".pcap");
    }

    /** tshark's reference facts for every case, as JSON text (see the captures' README for the schema). */
    public static Either<String, String> expectedJson() {
        return resource("expected.json").map(b -> new String(b.toArray(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A file under the captures folder, e.g. {@code pki/ca.pem}. */
    public static Either<String, Bytes> resource(String relativePath) {
        return Resources.read(ROOT + relativePath);
    }
}
