package org.tlscodec.vectors.gen;

import io.vavr.collection.Vector;
import java.util.Arrays;
import org.tlscodec.codec.Bytes;

/**
 * The source of every decision a {@link Gen} makes: a sequence of bounded integers.
 *
 * <p>This is Hypothesis's choice-sequence idea. A generator asks for an integer in a range with
 * {@link #draw(int, int)} or {@link #drawLong(long, long)}, and nothing else; the source answers and
 * records the answer. Because the recorded sequence fully determines the generated value, a case
 * can be replayed exactly ({@link #replay}), and shrinking can work on the sequence instead of on
 * the value: deleting a run of choices or lowering one gives a simpler value, whatever the
 * generator is.
 *
 * <p>What is recorded is the <em>offset</em> of each answer from the lower bound of its draw, so
 * every recorded choice is a non-negative number (unsigned, in the rare full 64-bit range) and 0
 * always means "the simplest answer" (the draw's {@code min}). Draws whose range holds one value
 * are answered without being recorded. Trailing zeros are left out of {@link #recorded()}, since a
 * replay that runs out answers 0 anyway.
 *
 * <p>Every case is bounded: past {@link #MAX_DRAWS} draws a draw throws {@link CaseDiscarded} (an
 * "overrun"), so no generator can loop forever on any source.
 *
 * <p>An instance is a mutable cursor confined to one case; it is not shared between threads or
 * cases. The sources:
 * <ul>
 *   <li>{@link #random(long)}: seeded pseudo-random answers, biased a little towards the ends of
 *       large ranges and towards small values, where bugs live;
 *   <li>{@link #replay(long...)}: answers a recorded sequence, clamped into each draw's range, then
 *       0 (the simplest answer) once it runs out;
 *   <li>{@link #fromBytes(Bytes)}: answers read from a fuzzer's input bytes.
 * </ul>
 */
public final class Choices {

    /** The most draws one case may make before it is discarded as an overrun. */
    public static final int MAX_DRAWS = 100_000;

    private final ChoiceSource source;
    private long[] recorded = new long[16];
    private int size;
    private int draws;

    private Choices(ChoiceSource source) {
        this.source = source;
    }

    /** Seeded pseudo-random choices; the same seed gives the same answers to the same draws. */
    public static Choices random(long seed) {
        return new Choices(new RandomSource(seed));
    }

    /** Replays recorded choices, as answered by {@link #recorded()}; each is an offset from a draw's minimum. */
    public static Choices replay(long... choices) {
        return new Choices(new ReplaySource(choices.clone()));
    }

    /** Replays recorded choices, as answered by {@link #recorded()}. */
    public static Choices replay(Vector<Long> choices) {
        long[] values = new long[choices.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = choices.get(i);
        }
        return new Choices(new ReplaySource(values));
    }

    /**
     * Choices read from arbitrary bytes, for structure-aware fuzzing: each draw takes as many
     * bytes as its range needs (big-endian, reduced modulo the range); missing bytes read as 0, so
     * an exhausted input answers the simplest choice. Any input gives a value or a discarded case,
     * never another exception from the engine.
     */
    public static Choices fromBytes(Bytes input) {
        return new Choices(new ByteSource(input));
    }

    // Used by the shrinker, which owns the array and never changes it afterwards.
    static Choices replayOwned(long[] choices) {
        return new Choices(new ReplaySource(choices));
    }

    /** An int in {@code [min, max]} (both inclusive); {@code min} is the simplest answer. */
    public int draw(int min, int max) {
        return (int) drawLong(min, max);
    }

    /** A long in {@code [min, max]} (both inclusive); {@code min} is the simplest answer. */
    public long drawLong(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range: [" + min + ", " + max + "]");
        }
        if (++draws > MAX_DRAWS) {
            throw new CaseDiscarded("overrun: the case made more than " + MAX_DRAWS + " draws");
        }
        if (min == max) {
            return min;
        }
        long span = max - min; // unsigned: up to 2^64 - 1
        long offset = source.next(span);
        if (Long.compareUnsigned(offset, span) > 0) {
            throw new IllegalStateException("choice source answered outside its span: " + source.describe());
        }
        if (size == recorded.length) {
            recorded = Arrays.copyOf(recorded, size * 2);
        }
        recorded[size++] = offset;
        return min + offset;
    }

    /** True or false; false is the simpler answer. */
    public boolean drawBoolean() {
        return drawLong(0, 1) == 1;
    }

    /**
     * The choices recorded so far, each an offset from its draw's minimum, without trailing zeros.
     * {@code Choices.replay(c.recorded())} answers the same draws the same way.
     */
    public Vector<Long> recorded() {
        return ChoiceOrder.boxed(recordedArray());
    }

    /** How many draws were made, including those whose range held a single value. */
    public int drawCount() {
        return draws;
    }

    long[] recordedArray() {
        int n = size;
        while (n > 0 && recorded[n - 1] == 0) {
            n--;
        }
        return Arrays.copyOf(recorded, n);
    }

    @Override
    public String toString() {
        return "Choices(" + source.describe() + ", " + draws + " draws)";
    }
}
