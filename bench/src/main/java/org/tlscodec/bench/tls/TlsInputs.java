package org.tlscodec.bench.tls;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.vectors.data.Captures;
import org.tlscodec.vectors.data.Resources;

/** The real bytes the benchmarks and their tests run on, read from the bundled vectors. */
public final class TlsInputs {
    /** The capture whose server flight is measured: ECDHE_RSA with AES-128-GCM, x25519, an RSA-PSS signature. */
    public static final String CAPTURE = "tls12_ecdhe_rsa_aes128gcm";

    private static final String SECTION = "\"section_3_simple_1_rtt_handshake\"";
    private static final String CLIENT_HELLO = "\"ClientHello\": \"";
    private static final int SERVER_HELLO_DONE = 14;

    private TlsInputs() {
    }

    /**
     * The ClientHello handshake message of RFC 8448 section 3 (type and length included), taken as
     * hex from the section's {@code handshake_messages} in the known-answer file: a plain text
     * search, since the bench has no JSON reader and needs none for one string.
     */
    public static Either<String, Bytes> rfc8448ClientHello() {
        return Resources.knownAnswers("rfc8448_tls13_traces.json").flatMap(json -> {
            int section = json.indexOf(SECTION);
            int key = section < 0 ? -1 : json.indexOf(CLIENT_HELLO, section);
            if (key < 0) {
                return Either.left("no ClientHello in RFC 8448 section 3 of the known answers");
            }
            int from = key + CLIENT_HELLO.length();
            return Either.right(Bytes.fromHex(json.substring(from, json.indexOf('"', from))));
        });
    }

    /**
     * The records the server sent first on connection 0 of {@link #CAPTURE}, up to and including
     * the one whose handshake fragment ends with ServerHelloDone. The records are walked by their
     * five-byte headers only; which bytes are messages is for the codecs under test to say.
     */
    public static Either<String, Bytes> tls12ServerFlight() {
        return Captures.stream(CAPTURE, 0, Captures.Side.SERVER).toEither("no server stream in " + CAPTURE).flatMap(stream -> {
            int p = 0;
            while (p + 5 <= stream.size()) {
                int length = stream.get(p + 3) << 8 | stream.get(p + 4);
                int end = p + 5 + length;
                if (end > stream.size()) {
                    break;
                }
                // The last message of a one-message record of ServerHelloDone: 0e 00 00 00.
                if (stream.get(p) == 22 && length >= 4 && stream.get(end - 4) == SERVER_HELLO_DONE
                        && stream.get(end - 3) == 0 && stream.get(end - 2) == 0 && stream.get(end - 1) == 0) {
                    return Either.right(stream.take(end));
                }
                p = end;
            }
            return Either.left("no ServerHelloDone record in the server stream of " + CAPTURE);
        });
    }
}
