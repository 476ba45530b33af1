package org.tlscodec.vectors.gen;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Shrinks a failing case by shrinking its choice sequence, in the manner of Hypothesis: it tries
 * simpler sequences (see {@link ChoiceOrder}), replays each through the generator and the check,
 * and keeps any that still fails the same way (a failed check stays a failed check, a failing
 * generator a failing generator). Passes, repeated until a whole round finds nothing:
 * <ol>
 *   <li>delete chunks of 8, 4, 2 and 1 consecutive choices (and larger aligned chunks in long
 *       sequences), which deletes list elements and whole sub-structures;
 *   <li>zero chunks of 8, 4 and 2 choices, which sets sub-structures to their simplest form;
 *   <li>lower each choice: first to 0, then by binary search towards 0, then by one and two;
 *   <li>only when the others found nothing: lower a choice by one and delete the choices right
 *       after it, which shortens length-prefixed (flatMap) structures;
 *   <li>only when that found nothing either: move the whole of a choice onto one of the next few
 *       (zero the first, add it to the second), so that a failure depending on a sum can lose
 *       terms.
 * </ol>
 * A replay that runs past the end of a candidate answers 0, so deleting choices always gives a
 * well-formed (if different) case. The number of replays is bounded.
 */
final class Shrinker<T> {
    private static final int[] SMALL_CHUNKS = {8, 4, 2, 1};
    private static final int[] ZERO_CHUNKS = {8, 4, 2};
    private static final int REDISTRIBUTE_WINDOW = 8;

    private final Gen<T> gen;
    private final Check<? super T> check;
    private final Trial.Kind target;
    private final int maxReplays;
    private final Set<Key> seen = new HashSet<>();
    private Trial<T> best;
    private int replays;

    private Shrinker(Gen<T> gen, Check<? super T> check, Trial<T> failing, int maxReplays) {
        this.gen = gen;
        this.check = check;
        this.target = failing.kind;
        this.best = failing;
        this.maxReplays = maxReplays;
    }

    /** The simplest failing case found from {@code failing} within {@code maxReplays} replays. */
    static <T> Shrunk<T> shrink(Gen<T> gen, Check<? super T> check, Trial<T> failing, int maxReplays) {
        Shrinker<T> s = new Shrinker<>(gen, check, failing, maxReplays);
        s.run();
        return new Shrunk<>(s.best, s.replays, s.replays >= maxReplays);
    }

    private void run() {
        boolean improved = true;
        while (improved && budgetLeft()) {
            improved = deleteChunks();
            improved |= zeroChunks();
            improved |= lowerValues();
            if (!improved) {
                improved = lowerAndDelete();
            }
            if (!improved) {
                improved = redistribute();
            }
        }
    }

    private boolean budgetLeft() {
        return replays < maxReplays;
    }

    private boolean deleteChunks() {
        boolean any = false;
        for (int k = Integer.highestOneBit(Math.max(1, best.choices.length / 2)); k > 8; k /= 2) {
            for (int i = 0; i + k <= best.choices.length && budgetLeft(); ) {
                if (!attempt(without(best.choices, i, k))) {
                    i += k;
                } else {
                    any = true;
                }
            }
        }
        for (int k : SMALL_CHUNKS) {
            for (int i = 0; i + k <= best.choices.length && budgetLeft(); ) {
                if (!attempt(without(best.choices, i, k))) {
                    i++;
                } else {
                    any = true;
                }
            }
        }
        return any;
    }

    private boolean zeroChunks() {
        boolean any = false;
        for (int k : ZERO_CHUNKS) {
            for (int i = 0; i + k <= best.choices.length && budgetLeft(); i++) {
                long[] s = best.choices;
                if (allZero(s, i, k)) {
                    continue;
                }
                long[] candidate = s.clone();
                Arrays.fill(candidate, i, i + k, 0);
                any |= attempt(candidate);
            }
        }
        return any;
    }

    private boolean lowerValues() {
        boolean any = false;
        for (int i = 0; i < best.choices.length && budgetLeft(); i++) {
            long[] base = best.choices;
            long current = base[i];
            if (current == 0) {
                continue;
            }
            if (attempt(with(base, i, 0))) {
                any = true;
                continue;
            }
            // Known: 0 passes, current fails. Find the least failing value, assuming monotony.
            long lo = 1;
            long hi = current;
            while (Long.compareUnsigned(lo, hi) < 0 && budgetLeft()) {
                long mid = lo + ((hi - lo) >>> 1);
                if (attempt(with(base, i, mid))) {
                    any = true;
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            // Failures are not always monotone (odd values only, say): step down a little too.
            for (int step = 1; step <= 2 && i < best.choices.length; step++) {
                long v = best.choices[i];
                if (Long.compareUnsigned(v, step) >= 0) {
                    any |= attempt(with(best.choices, i, v - step));
                }
            }
        }
        return any;
    }

    private boolean lowerAndDelete() {
        boolean any = false;
        for (int i = 0; i < best.choices.length && budgetLeft(); i++) {
            for (int k : new int[] {1, 2, 4, 8}) {
                long[] s = best.choices;
                if (i >= s.length || s[i] == 0 || i + 1 + k > s.length) {
                    break;
                }
                long[] candidate = without(s, i + 1, k);
                candidate[i] = s[i] - 1;
                if (attempt(candidate)) {
                    any = true;
                    break;
                }
            }
        }
        return any;
    }

    private boolean redistribute() {
        boolean any = false;
        for (int i = 0; i < best.choices.length && budgetLeft(); i++) {
            for (int d = 1; d <= REDISTRIBUTE_WINDOW; d++) {
                long[] s = best.choices;
                int j = i + d;
                if (j >= s.length || s[i] == 0) {
                    break;
                }
                long sum = s[i] + s[j];
                if (Long.compareUnsigned(sum, s[j]) < 0) {
                    continue; // would overflow
                }
                long[] candidate = s.clone();
                candidate[i] = 0;
                candidate[j] = sum;
                any |= attempt(candidate);
            }
        }
        return any;
    }

    /** Replays a candidate simpler than the best; keeps it when it fails the same way. */
    private boolean attempt(long[] candidate) {
        if (!budgetLeft() || ChoiceOrder.compare(candidate, best.choices) >= 0 || !seen.add(new Key(candidate))) {
            return false;
        }
        replays++;
        Trial<T> t = Trial.run(gen, check, Choices.replayOwned(candidate));
        if (t.kind == target && ChoiceOrder.compare(t.choices, best.choices) < 0) {
            best = t;
            return true;
        }
        return false;
    }

    private static long[] without(long[] s, int from, int count) {
        long[] out = new long[s.length - count];
        System.arraycopy(s, 0, out, 0, from);
        System.arraycopy(s, from + count, out, from, s.length - from - count);
        return out;
    }

    private static long[] with(long[] s, int index, long value) {
        long[] out = s.clone();
        out[index] = value;
        return out;
    }

    private static boolean allZero(long[] s, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (s[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** A candidate as a set member, by content. */
    private static final class Key {
        private final long[] values;
        private final int hash;

        Key(long[] values) {
            this.values = values;
            this.hash = Arrays.hashCode(values);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(values, k.values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
