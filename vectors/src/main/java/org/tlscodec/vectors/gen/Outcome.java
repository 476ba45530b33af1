package org.tlscodec.vectors.gen;

import io.vavr.collection.Vector;

/**
 * How a property run ended: every case passed, a counterexample was found (and shrunk), the
 * generator itself failed, or too many cases were discarded to call it a pass.
 *
 * <p>{@link PropertyRunner#run} answers an outcome for callers that want to inspect it;
 * {@link PropertyRunner#check} and {@link Property#forAll} turn any outcome but {@link Passed} into
 * an {@link AssertionError} whose message is {@link #describe()}.
 *
 * @param <T> the generated value
 */
public sealed interface Outcome<T> {

    /** The property's name, as printed. */
    String name();

    /** The seed the run used; {@code -Dtlscodec.seed=} this value replays the run. */
    long seed();

    /** True for {@link Passed} alone. */
    default boolean ok() {
        return false;
    }

    /** A report for people: what happened, the seed, and for a failure the minimal case and how to replay it. */
    String describe();

    /** Returns normally when the property passed; throws an {@link AssertionError} describing any other outcome. */
    default void throwIfFailed() {
        throw new AssertionError(describe());
    }

    /** Every one of {@code cases} cases passed; {@code discarded} more were thrown away. */
    record Passed<T>(String name, long seed, int cases, int discarded) implements Outcome<T> {
        @Override
        public boolean ok() {
            return true;
        }

        @Override
        public void throwIfFailed() {
            // passed
        }

        @Override
        public String describe() {
            return "[" + name + "] passed " + cases + " cases (" + discarded + " discarded), seed=" + seed;
        }
    }

    /**
     * The check failed. {@code minimal} is the shrunk counterexample, {@code failure} what the
     * check threw for it, and {@code choices} the recorded choices that rebuild it
     * ({@link Property#replay}). {@code original} is the case as first found.
     */
    record Falsified<T>(
            String name,
            long seed,
            int cases,
            int passedBefore,
            T original,
            T minimal,
            Throwable failure,
            Vector<Long> choices,
            int shrinkReplays,
            boolean shrinkCompleted) implements Outcome<T> {

        @Override
        public void throwIfFailed() {
            throw new AssertionError(describe(), failure);
        }

        @Override
        public String describe() {
            return "[" + name + "] falsified after " + passedBefore + " passing cases (seed=" + seed + ", cases=" + cases + ")\n"
                    + "minimal counterexample: " + minimal + "\n"
                    + "failure: " + failure + "\n"
                    + Reports.replayLines(seed, choices, shrinkReplays, shrinkCompleted)
                    + "original counterexample: " + Reports.abbreviate(String.valueOf(original));
        }
    }

    /**
     * The generator itself threw (not {@link CaseDiscarded}). {@code failure} is what it threw
     * for the shrunk {@code choices}.
     */
    record GenerationFailed<T>(
            String name,
            long seed,
            int cases,
            int passedBefore,
            Throwable failure,
            Vector<Long> choices,
            int shrinkReplays,
            boolean shrinkCompleted) implements Outcome<T> {

        @Override
        public void throwIfFailed() {
            throw new AssertionError(describe(), failure);
        }

        @Override
        public String describe() {
            return "[" + name + "] the generator failed after " + passedBefore + " passing cases (seed=" + seed + ", cases=" + cases + ")\n"
                    + "failure: " + failure + "\n"
                    + Reports.replayLines(seed, choices, shrinkReplays, shrinkCompleted).stripTrailing();
        }
    }

    /**
     * More than 90% of the cases tried were discarded (filters or assumptions that rarely hold),
     * so a pass would mean little: {@code valid} of {@code cases} wanted cases were checked when
     * {@code discarded} had been thrown away, the last because of {@code lastReason}.
     */
    record GaveUp<T>(String name, long seed, int cases, int valid, int discarded, String lastReason) implements Outcome<T> {
        @Override
        public String describe() {
            return "[" + name + "] gave up: " + discarded + " cases discarded and only " + valid + " of " + cases
                    + " checked (seed=" + seed + "); last discarded because: " + lastReason
                    + "\nmake the generator produce valid values directly instead of filtering most of them away";
        }
    }
}
