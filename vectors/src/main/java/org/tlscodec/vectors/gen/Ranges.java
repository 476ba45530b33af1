package org.tlscodec.vectors.gen;

/**
 * How integer generators spend their choices so that lowering a choice moves the value towards
 * the simplest one: 0 when the range holds 0, else the bound nearest to 0.
 */
final class Ranges {
    private Ranges() {
    }

    /**
     * A long in {@code [min, max]}. A range on one side of 0 is one draw counted from the bound
     * nearest 0; a range across 0 draws a sign (positive first) and then a magnitude.
     */
    static long integer(Choices c, long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range: [" + min + ", " + max + "]");
        }
        if (min >= 0) {
            return c.drawLong(min, max);
        }
        if (max < 0) {
            return max - c.drawLong(0, max - min);
        }
        if (c.drawBoolean()) {
            return -1 - c.drawLong(0, -(min + 1));
        }
        return c.drawLong(0, max);
    }

    /**
     * The span of the "one more element?" draw of a collection whose length may grow by up to
     * {@code extra}: 0 stops, anything else goes on, so the mean extra length under random choices
     * is about the span, and every stop flag shrinks towards "stop".
     */
    static int continueSpan(int extra, int mean) {
        return Math.max(1, Math.min(extra, mean));
    }

    static void checkLengths(int min, int max) {
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("bad length bounds: [" + min + ", " + max + "]");
        }
    }
}
