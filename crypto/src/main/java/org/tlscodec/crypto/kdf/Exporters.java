package org.tlscodec.crypto.kdf;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.Codecs;

/** Keying material exporters: RFC 5705 for TLS 1.2 and earlier, RFC 8446 section 7.5 for TLS 1.3. */
public final class Exporters {
    /** {@code opaque context_value<0..2^16-1>} of RFC 5705 section 4: the context goes into the seed with its length. */
    private static final Codec<Bytes> CONTEXT_VALUE = Codecs.opaque(2, 0, 0xffff);

    private Exporters() {
    }

    /**
     * RFC 5705 section 4: PRF(master_secret, label, client_random + server_random [+ context_value_length
     * + context_value])[0..length-1]. No context and an empty context differ: only the latter adds
     * the two length bytes.
     */
    public static Either<KdfError, Bytes> rfc5705(Prf prf, Bytes masterSecret, String label, Bytes clientRandom, Bytes serverRandom,
                                                 Option<Bytes> context, int length) {
        Bytes randoms = clientRandom.concat(serverRandom);
        Either<KdfError, Bytes> seed = context.isEmpty()
                ? Either.right(randoms)
                : CONTEXT_VALUE.encode(context.get())
                        .<KdfError>mapLeft(e -> new KdfError.Unencodable("context_value", e.toString()))
                        .map(randoms::concat);
        return seed.flatMap(s -> prf.compute(masterSecret, label, s, length));
    }

    /**
     * RFC 8446 section 7.5: TLS-Exporter(label, context_value, key_length) =
     * HKDF-Expand-Label(Derive-Secret(Secret, label, ""), "exporter", Hash(context_value),
     * key_length), with Secret the (early) exporter master secret. An absent context is the empty one.
     */
    public static Either<KdfError, Bytes> tls13(HashAlgorithm hash, Bytes exporterMasterSecret, String label, Bytes context, int length) {
        return Hkdf.deriveSecret(hash, exporterMasterSecret, label, hash.emptyHash())
                .flatMap(secret -> Hkdf.expandLabel(hash, secret, "exporter", hash.digest(context), length));
    }
}
