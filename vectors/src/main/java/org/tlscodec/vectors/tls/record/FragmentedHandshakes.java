package org.tlscodec.vectors.tls.record;

import io.vavr.Tuple;
import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.record.RawHandshake;
import org.tlscodec.vectors.gen.Gen;

/**
 * Handshake messages and the record fragments they were cut into, as a peer may send them
 * (RFC 8446 section 5.1): several messages to a record, one message over many, headers cut
 * between records. The cut is valid by construction: the fragments, concatenated, are the
 * messages' encodings, and only the last fragment may be empty when there are no messages.
 *
 * @param messages  the messages, in order
 * @param fragments the record bodies carrying them
 */
public record FragmentedHandshakes(Vector<RawHandshake> messages, Vector<Bytes> fragments) {

    /** The messages' bytes, one after the other. */
    public Bytes stream() {
        return fragments.fold(Bytes.empty(), Bytes::concat);
    }

    /** Messages cut into records of 1 byte up to 2^14 bytes each. */
    public static Gen<FragmentedHandshakes> any() {
        return of(Gen.listOf(RawHandshakeGen.small(300), 0, 6));
    }

    /** Messages from {@code messages}, cut into records. */
    public static Gen<FragmentedHandshakes> of(Gen<Vector<RawHandshake>> messages) {
        Gen<Integer> sizes = Gen.frequency(
                Tuple.of(3, Gen.ints(1, 8)),
                Tuple.of(4, Gen.ints(1, 400)),
                Tuple.of(1, Gen.constant(1 << 14)));
        return c -> {
            Vector<RawHandshake> ms = messages.generate(c);
            Bytes all = Bytes.empty();
            for (RawHandshake m : ms) {
                all = all.concat(RawHandshake.CODEC.encode(m)
                        .getOrElseThrow(e -> new IllegalStateException("generated message does not encode: " + e.describe())));
            }
            Vector<Bytes> fragments = Vector.empty();
            int at = 0;
            while (at < all.size()) {
                int n = Math.min(all.size() - at, sizes.generate(c));
                fragments = fragments.append(all.slice(at, at + n));
                at += n;
            }
            return new FragmentedHandshakes(ms, fragments);
        };
    }
}
