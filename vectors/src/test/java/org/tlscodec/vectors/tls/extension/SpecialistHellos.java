package org.tlscodec.vectors.tls.extension;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.extension.ExtensionContext;

/**
 * Test helper: finds the extension blocks of the ClientHellos and ServerHellos in raw TLS bytes,
 * walking the record header ({@code type(1) version(2) length(2)}) and the hello's fields by hand,
 * since the record and handshake codecs are not here yet. A hello is looked for at the start of
 * each handshake record (where OpenSSL, Firefox and Scapy put them); its legacy_version must be
 * 3.x, which rules out encrypted Finished records.
 */
final class SpecialistHellos {
    private SpecialistHellos() {
    }

    /** The SHA-256 of "HelloRetryRequest": the random of a HelloRetryRequest (RFC 8446 section 4.1.3). */
    private static final Bytes HRR_RANDOM = Bytes.fromHex("cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c");

    /** One hello's extension block (with its two-byte length) and the message it belongs to. */
    record Block(String where, ExtensionContext context, Bytes extensions) {
    }

    static Vector<Block> blocks(String where, Bytes stream) {
        Vector<Block> out = Vector.empty();
        int i = 0;
        int n = 0;
        while (i + 5 <= stream.size()) {
            int type = stream.get(i);
            int length = stream.get(i + 3) << 8 | stream.get(i + 4);
            if (i + 5 + length > stream.size()) {
                break;
            }
            Bytes fragment = stream.slice(i + 5, i + 5 + length);
            i += 5 + length;
            if (type == 22) {
                for (Block b : hello(where + " record " + n, fragment)) {
                    out = out.append(b);
                }
            }
            n++;
        }
        return out;
    }

    private static io.vavr.control.Option<Block> hello(String where, Bytes fragment) {
        if (fragment.size() < 4 + 35) {
            return io.vavr.control.Option.none();
        }
        int msgType = fragment.get(0);
        int length = fragment.get(1) << 16 | fragment.get(2) << 8 | fragment.get(3);
        if ((msgType != 1 && msgType != 2) || 4 + length > fragment.size() || fragment.get(4) != 3) {
            return io.vavr.control.Option.none();
        }
        Bytes body = fragment.slice(4, 4 + length);
        Bytes random = body.slice(2, 34);
        int p = 34;
        p += 1 + body.get(p); // session_id
        if (msgType == 1) {
            p += 2 + (body.get(p) << 8 | body.get(p + 1)); // cipher_suites
            p += 1 + body.get(p); // compression_methods
        } else {
            p += 3; // cipher_suite, compression_method
        }
        if (p >= body.size()) {
            return io.vavr.control.Option.none(); // no extensions block
        }
        ExtensionContext context = msgType == 1 ? ExtensionContext.CLIENT_HELLO
                : random.equals(HRR_RANDOM) ? ExtensionContext.HELLO_RETRY_REQUEST : ExtensionContext.SERVER_HELLO;
        return io.vavr.control.Option.some(new Block(where + " " + context.column(), context, body.drop(p)));
    }
}
