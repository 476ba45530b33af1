package org.tlscodec.vectors.laws;

import org.tlscodec.codec.Bytes;
import org.tlscodec.vectors.gen.Gen;

/**
 * A small change to a valid encoding, the invalid neighbours a peer or fuzzer may send: a byte
 * replaced, a byte inserted or deleted, the tail cut off, or a byte nudged by one (which turns a
 * length field into its off-by-one neighbour).
 */
public record Mutation(Kind kind, int position, int value) {

    /** The kinds of change. */
    public enum Kind { REPLACE, INSERT, DELETE, TRUNCATE, NUDGE }

    /** Draws a mutation; the position is taken modulo the input's size when applied. */
    public static Gen<Mutation> gen() {
        return Gen.zipWith(
                Gen.zip(Gen.oneOfValues(Kind.values()), Gen.ints(0, 1 << 16)),
                Gen.ints(0, 255),
                (kp, v) -> new Mutation(kp._1, kp._2, v));
    }

    /** The mutated bytes; an empty input stays empty except under INSERT. */
    public Bytes apply(Bytes input) {
        int n = input.size();
        if (n == 0) {
            return kind == Kind.INSERT ? Bytes.ofUnsigned(value) : input;
        }
        int at = position % n;
        byte[] b = input.toArray();
        switch (kind) {
            case REPLACE:
                b[at] = (byte) value;
                return Bytes.of(b);
            case NUDGE:
                b[at] = (byte) (b[at] + ((value & 1) == 0 ? 1 : -1));
                return Bytes.of(b);
            case INSERT:
                return input.take(at).concat(Bytes.ofUnsigned(value)).concat(input.drop(at));
            case DELETE:
                return input.take(at).concat(input.drop(at + 1));
            default:
                return input.take(at);
        }
    }
}
