package org.tlscodec.vectors.gen;

import io.vavr.Lazy;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.Tuple3;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.tlscodec.codec.Bytes;

/**
 * A generator: builds a {@code T} from the decisions it draws from a {@link Choices} source.
 *
 * <p>Following Hypothesis's choice-sequence design, a generator is nothing but a function of the
 * choices it draws, so it needs no shrinker of its own: the runner shrinks the recorded choices and
 * replays them. For that to give simple values, the built-in generators are laid out so that
 * smaller choices mean simpler values: integers shrink towards 0 (or the bound nearest 0),
 * booleans towards false, {@link #oneOf} towards its first alternative, and collections draw a
 * "one more element?" flag before each optional element, so deleting a run of choices deletes
 * elements. A generator written by hand with {@link Choices#draw} shrinks the same way if it keeps
 * to that layout.
 *
 * <p>Generators are immutable and may be shared; every run passes its own {@link Choices}. A
 * generator must not keep state between runs, or replay and shrinking stop working.
 *
 * @param <T> the generated value
 */
@FunctionalInterface
public interface Gen<T> {

    /** How many values {@link #filter} tries before it discards the case. */
    int FILTER_TRIES = 100;

    /** Builds one value from the given choices; may throw {@link CaseDiscarded}. */
    T generate(Choices choices);

    /** The value, or none when the case was discarded (filter exhausted, overrun, assumption). */
    default Option<T> attempt(Choices choices) {
        try {
            return Option.some(generate(choices));
        } catch (CaseDiscarded d) {
            return Option.none();
        }
    }

    /** This generator's values transformed by {@code f}; shrinks as this one does. */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        Gen<T> self = this;
        return c -> f.apply(self.generate(c));
    }

    /** A generator chosen by this one's value, drawing from the same choices (dependent generation). */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
        Gen<T> self = this;
        return c -> f.apply(self.generate(c)).generate(c);
    }

    /**
     * Only the values that satisfy {@code keep}. Tries up to {@link #FILTER_TRIES} times, then
     * discards the case with {@link CaseDiscarded}: it never loops. Prefer building valid values
     * to filtering many away.
     */
    default Gen<T> filter(Predicate<? super T> keep) {
        Gen<T> self = this;
        return c -> {
            for (int i = 0; i < FILTER_TRIES; i++) {
                T value = self.generate(c);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw new CaseDiscarded("filter rejected " + FILTER_TRIES + " values in a row");
        };
    }

    /** Always {@code value}; draws nothing. */
    static <T> Gen<T> constant(T value) {
        return c -> value;
    }

    /** An int in {@code [min, max]}, shrinking towards 0 or, when 0 is outside, the bound nearest 0. */
    static Gen<Integer> ints(int min, int max) {
        checkRange(min, max);
        return c -> (int) Ranges.integer(c, min, max);
    }

    /** A long in {@code [min, max]}, shrinking towards 0 or, when 0 is outside, the bound nearest 0. */
    static Gen<Long> longs(long min, long max) {
        checkRange(min, max);
        return c -> Ranges.integer(c, min, max);
    }

    /** True or false, shrinking towards false. */
    static Gen<Boolean> booleans() {
        return Choices::drawBoolean;
    }

    /** Exactly {@code length} bytes, each shrinking towards 0. */
    static Gen<Bytes> bytes(int length) {
        return bytes(length, length);
    }

    /** Between {@code minLength} and {@code maxLength} bytes, shrinking towards fewer and smaller bytes. */
    static Gen<Bytes> bytes(int minLength, int maxLength) {
        Ranges.checkLengths(minLength, maxLength);
        int span = Ranges.continueSpan(maxLength - minLength, 16);
        return c -> {
            byte[] out = new byte[Math.min(maxLength, minLength + 64)];
            int n = 0;
            while (n < maxLength) {
                if (n >= minLength && c.draw(0, span) == 0) {
                    break;
                }
                if (n == out.length) {
                    out = Arrays.copyOf(out, (int) Math.min(maxLength, 2L * n));
                }
                out[n++] = (byte) c.draw(0, 255);
            }
            return Bytes.of(out, 0, n);
        };
    }

    /**
     * A list of {@code min} to {@code max} elements. Past {@code min}, each element is preceded by
     * a "one more?" choice, so shrinking removes elements by deleting their choices.
     */
    static <T> Gen<Vector<T>> listOf(Gen<? extends T> element, int min, int max) {
        Ranges.checkLengths(min, max);
        int span = Ranges.continueSpan(max - min, 8);
        return c -> {
            List<T> out = new ArrayList<>();
            while (out.size() < max) {
                if (out.size() >= min && c.draw(0, span) == 0) {
                    break;
                }
                out.add(element.generate(c));
            }
            return Vector.ofAll(out);
        };
    }

    /** None or some value of {@code gen}; shrinks towards none. */
    static <T> Gen<Option<T>> optionOf(Gen<? extends T> gen) {
        return c -> c.drawBoolean() ? Option.some(gen.generate(c)) : Option.none();
    }

    /** A value of one of the alternatives, shrinking towards the first. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... alternatives) {
        Vector<Gen<? extends T>> all = Vector.empty();
        for (Gen<? extends T> g : alternatives) {
            all = all.append(g);
        }
        return oneOf(all);
    }

    /** A value of one of the alternatives, shrinking towards the first. */
    static <T> Gen<T> oneOf(Seq<? extends Gen<? extends T>> alternatives) {
        Vector<Gen<? extends T>> all = Vector.ofAll(alternatives);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("oneOf needs at least one alternative");
        }
        return c -> all.get(c.draw(0, all.size() - 1)).generate(c);
    }

    /** One of the values, shrinking towards the first. */
    @SafeVarargs
    static <T> Gen<T> oneOfValues(T... values) {
        Vector<T> all = Vector.empty();
        for (T v : values) {
            all = all.append(v);
        }
        return oneOfValues(all);
    }

    /** One of the values, shrinking towards the first. */
    static <T> Gen<T> oneOfValues(Seq<? extends T> values) {
        Vector<T> all = Vector.ofAll(values);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("oneOfValues needs at least one value");
        }
        return c -> all.get(c.draw(0, all.size() - 1));
    }

    /**
     * A value of one of the alternatives, each picked in proportion to its positive weight;
     * shrinks towards the first alternative.
     */
    @SafeVarargs
    static <T> Gen<T> frequency(Tuple2<Integer, ? extends Gen<? extends T>>... weighted) {
        Vector<Tuple2<Integer, ? extends Gen<? extends T>>> all = Vector.empty();
        for (Tuple2<Integer, ? extends Gen<? extends T>> w : weighted) {
            all = all.append(w);
        }
        return frequency(all);
    }

    /**
     * A value of one of the alternatives, each picked in proportion to its positive weight;
     * shrinks towards the first alternative.
     */
    static <T> Gen<T> frequency(Seq<? extends Tuple2<Integer, ? extends Gen<? extends T>>> weighted) {
        Vector<Tuple2<Integer, ? extends Gen<? extends T>>> all = Vector.ofAll(weighted);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("frequency needs at least one alternative");
        }
        long total = 0;
        for (Tuple2<Integer, ? extends Gen<? extends T>> w : all) {
            if (w._1 <= 0) {
                throw new IllegalArgumentException("weights must be positive: " + w._1);
            }
            total += w._1;
        }
        long last = total - 1;
        return c -> {
            long pick = c.drawLong(0, last);
            for (Tuple2<Integer, ? extends Gen<? extends T>> w : all) {
                if (pick < w._1) {
                    return w._2.generate(c);
                }
                pick -= w._1;
            }
            throw new IllegalStateException("unreachable: pick past the total weight");
        };
    }

    /** Pairs of values, drawn first from {@code a}, then from {@code b}. */
    static <A, B> Gen<Tuple2<A, B>> zip(Gen<? extends A> a, Gen<? extends B> b) {
        return c -> Tuple.of(a.generate(c), b.generate(c));
    }

    /** Triples of values, drawn in order from {@code a}, {@code b} and {@code c}. */
    static <A, B, C> Gen<Tuple3<A, B, C>> zip(Gen<? extends A> a, Gen<? extends B> b, Gen<? extends C> c) {
        return ch -> Tuple.of(a.generate(ch), b.generate(ch), c.generate(ch));
    }

    /** Values of {@code a} and {@code b}, drawn in that order, combined by {@code f}. */
    static <A, B, R> Gen<R> zipWith(Gen<? extends A> a, Gen<? extends B> b, BiFunction<? super A, ? super B, ? extends R> f) {
        return c -> {
            A x = a.generate(c);
            B y = b.generate(c);
            return f.apply(x, y);
        };
    }

    /**
     * A generator built on first use, for recursive structures. Recursion must draw a choice that
     * can stop it (e.g. a {@link #oneOf} whose first alternative is a leaf), so that simpler
     * choices mean shallower values and exhausted sources end the recursion.
     */
    static <T> Gen<T> lazy(Supplier<? extends Gen<? extends T>> gen) {
        Lazy<? extends Gen<? extends T>> once = Lazy.of(gen);
        return c -> once.get().generate(c);
    }

    private static void checkRange(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range: [" + min + ", " + max + "]");
        }
    }
}
