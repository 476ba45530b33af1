package org.tlscodec.vectors.tls.record;

import io.vavr.Tuple;
import org.tlscodec.tls.record.TLSInnerPlaintext;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.vectors.gen.Gen;

/**
 * Generators of {@link TLSInnerPlaintext} (RFC 8446 section 5.2): a non-zero content type, and
 * content plus padding within the 2^14 + 1 bytes of section 5.4.
 */
public final class TLSInnerPlaintextGen {
    private TLSInnerPlaintextGen() {
    }

    /** Content types that can stand in a TLSInnerPlaintext: never 0, which would read as padding. */
    public static Gen<ContentType> innerTypes() {
        return Codes.of(ContentType.REGISTRY, 1, 255);
    }

    /** Valid inner plaintexts: no padding, one zero, a few, or many, up to the limit. */
    public static Gen<TLSInnerPlaintext> any() {
        int room = TLSInnerPlaintext.MAX_LENGTH - 1;
        return Gen.zip(innerTypes(), Payloads.upTo(room)).flatMap(t -> {
            int left = room - t._2.size();
            Gen<Integer> zeros = Gen.frequency(
                    Tuple.of(4, Gen.constant(0)),
                    Tuple.of(2, Gen.constant(Math.min(1, left))),
                    Tuple.of(3, Gen.ints(0, Math.min(left, 64))),
                    Tuple.of(1, Gen.ints(0, left)));
            return zeros.map(z -> new TLSInnerPlaintext(t._2, t._1, z));
        });
    }
}
