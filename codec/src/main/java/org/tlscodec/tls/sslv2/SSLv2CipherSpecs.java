package org.tlscodec.tls.sslv2;

import static org.tlscodec.codec.Codecs.fixed;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.SslV2CipherKind;

/**
 * CIPHER-SPECS-DATA of CLIENT-HELLO and SERVER-HELLO: three-byte cipher kinds filling a length
 * given earlier in the message, as SSL 2.0 puts every length before the data it counts.
 */
final class SSLv2CipherSpecs {
    private SSLv2CipherSpecs() {
    }

    /** The cipher kinds of exactly {@code length} bytes; a length that is no multiple of 3 is invalid. */
    static Codec<Vector<SslV2CipherKind>> exactly(int length) {
        return fixed(length).narrow(SSLv2CipherSpecs::split, SSLv2CipherSpecs::join);
    }

    /** The byte length of {@code kinds}. */
    static int length(Vector<SslV2CipherKind> kinds) {
        return 3 * kinds.size();
    }

    private static Either<String, Vector<SslV2CipherKind>> split(Bytes b) {
        if (b.size() % 3 != 0) {
            return Either.left("CIPHER-SPECS length " + b.size() + " is not a multiple of 3");
        }
        Vector<SslV2CipherKind> kinds = Vector.empty();
        for (int i = 0; i < b.size(); i += 3) {
            kinds = kinds.append(SslV2CipherKind.of(b.get(i) << 16 | b.get(i + 1) << 8 | b.get(i + 2)));
        }
        return Either.right(kinds);
    }

    private static Bytes join(Vector<SslV2CipherKind> kinds) {
        byte[] out = new byte[3 * kinds.size()];
        int i = 0;
        for (SslV2CipherKind k : kinds) {
            out[i++] = (byte) (k.code() >>> 16);
            out[i++] = (byte) (k.code() >>> 8);
            out[i++] = (byte) k.code();
        }
        return Bytes.of(out);
    }
}
