package org.tlscodec.vectors.gen;

/**
 * Seeded pseudo-random answers. The generator is SplitMix64 (a fixed, documented algorithm), so
 * a seed means the same thing on every JDK.
 *
 * <p>Small spans are answered uniformly. Large spans are answered with a mild bias towards what
 * finds bugs: the two ends of the range, values near them, and values of a random bit width (so
 * small numbers turn up as often as large ones). The bias only shapes the search; the recorded
 * offset is all a replay needs.
 */
final class RandomSource implements ChoiceSource {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long SMALL_SPAN = 63;

    private final long seed;
    private long state;

    RandomSource(long seed) {
        this.seed = seed;
        this.state = seed;
    }

    @Override
    public long next(long span) {
        if (Long.compareUnsigned(span, SMALL_SPAN) <= 0) {
            return uniform(span);
        }
        int mode = (int) (nextLong() >>> 60); // 0..15
        switch (mode) {
            case 0:
                return 0;
            case 1:
                return span;
            case 2:
                return uniform(15);
            case 3:
                return span - uniform(15);
            case 4:
            case 5:
            case 6:
            case 7:
                return bitWidth(span);
            default:
                return uniform(span);
        }
    }

    /** A value of a random bit width, 1 to the span's width, redrawn uniformly if past the span. */
    private long bitWidth(long span) {
        int bits = 64 - Long.numberOfLeadingZeros(span);
        int width = 1 + (int) uniform(bits - 1);
        long v = width == 64 ? nextLong() : nextLong() & ((1L << width) - 1);
        return Long.compareUnsigned(v, span) > 0 ? uniform(span) : v;
    }

    /** Uniform in {@code [0, span]} (unsigned); the modulo bias, (span + 1) / 2^64, is negligible. */
    private long uniform(long span) {
        long r = nextLong();
        if (span == -1L) {
            return r;
        }
        long n = span + 1;
        return (n & span) == 0 ? r & span : Long.remainderUnsigned(r, n);
    }

    private long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** SplitMix64's finaliser: a bijection that scatters neighbouring inputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String describe() {
        return "random, seed " + seed;
    }
}
