package org.tlscodec.vectors.gen;

import io.vavr.collection.Vector;

/**
 * The shortlex order on choice sequences that defines "simpler": a shorter sequence is simpler;
 * among sequences of one length, the lexicographically smaller (choices read as unsigned numbers).
 * Also the printed forms of a sequence.
 */
final class ChoiceOrder {
    private ChoiceOrder() {
    }

    static int compare(long[] a, long[] b) {
        if (a.length != b.length) {
            return Integer.compare(a.length, b.length);
        }
        for (int i = 0; i < a.length; i++) {
            int c = Long.compareUnsigned(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    static Vector<Long> boxed(long[] values) {
        Long[] out = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return Vector.of(out);
    }

    /** {@code [1, 0, 7]}, unsigned. */
    static String show(Vector<Long> choices) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < choices.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(Long.toUnsignedString(choices.get(i)));
        }
        return sb.append(']').toString();
    }

    /** A Java expression that rebuilds the sequence: {@code Vector.of(1L, 0L, 7L)}. */
    static String javaLiteral(Vector<Long> choices) {
        if (choices.isEmpty()) {
            return "Vector.empty()";
        }
        StringBuilder sb = new StringBuilder("Vector.of(");
        for (int i = 0; i < choices.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(choices.get(i).longValue()).append('L');
        }
        return sb.append(')').toString();
    }
}
