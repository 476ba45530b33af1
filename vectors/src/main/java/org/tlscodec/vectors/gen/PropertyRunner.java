package org.tlscodec.vectors.gen;

import io.vavr.control.Option;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A configured property run: how many cases, from which seed, under which name. Immutable; each
 * setter answers a new runner. Start from {@link Property#builder()} or {@link Property#named}.
 *
 * <p>A run prints one line, {@code [name] seed=S cases=N}, and nothing else. It generates cases
 * from a seeded random {@link Choices} source until {@code N} have passed; on the first failure it
 * shrinks the case's recorded choices ({@link Shrinker}) and reports the minimal counterexample.
 * Discarded cases ({@link CaseDiscarded}) do not count; more than nine discards per wanted case
 * (over 90%) make the run give up rather than pass on too little evidence.
 *
 * <p>The system properties {@code tlscodec.seed} and {@code tlscodec.cases} override the
 * configured seed and number of cases; an empty value means unset (Maven passes them empty). With
 * no seed anywhere a fresh one is drawn, and printed so the run can be repeated.
 */
public final class PropertyRunner {

    /** Cases run when neither the runner nor {@code -Dtlscodec.cases} says otherwise. */
    public static final int DEFAULT_CASES = 1000;

    /** The most replays shrinking may spend on one failure, unless {@link #maxShrinks} says otherwise. */
    public static final int DEFAULT_MAX_SHRINKS = 10_000;

    /** The system property that overrides the seed. */
    public static final String SEED_PROPERTY = "tlscodec.seed";

    /** The system property that overrides the number of cases. */
    public static final String CASES_PROPERTY = "tlscodec.cases";

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final Set<String> OWN_CLASSES = Set.of(PropertyRunner.class.getName(), Property.class.getName());

    private final Option<String> name;
    private final Option<Integer> cases;
    private final Option<Long> seed;
    private final int maxShrinks;
    private final Function<String, Option<String>> properties;
    private final Consumer<String> log;

    private PropertyRunner(
            Option<String> name,
            Option<Integer> cases,
            Option<Long> seed,
            int maxShrinks,
            Function<String, Option<String>> properties,
            Consumer<String> log) {
        this.name = name;
        this.cases = cases;
        this.seed = seed;
        this.maxShrinks = maxShrinks;
        this.properties = properties;
        this.log = log;
    }

    static PropertyRunner defaults() {
        return new PropertyRunner(
                Option.none(),
                Option.none(),
                Option.none(),
                DEFAULT_MAX_SHRINKS,
                key -> Option.of(System.getProperty(key)),
                line -> System.out.println(line));
    }

    /** The name printed and reported; by default the calling test's class and method. */
    public PropertyRunner named(String newName) {
        return new PropertyRunner(Option.some(newName), cases, seed, maxShrinks, properties, log);
    }

    /** How many cases must pass (default {@value #DEFAULT_CASES}); {@code -Dtlscodec.cases} overrides it. */
    public PropertyRunner cases(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("cases must not be negative: " + count);
        }
        return new PropertyRunner(name, Option.some(count), seed, maxShrinks, properties, log);
    }

    /** The seed (default: a fresh one each run); {@code -Dtlscodec.seed} overrides it. */
    public PropertyRunner seed(long newSeed) {
        return new PropertyRunner(name, cases, Option.some(newSeed), maxShrinks, properties, log);
    }

    /** The most replays shrinking may spend (default {@value #DEFAULT_MAX_SHRINKS}); 0 reports the case unshrunk. */
    public PropertyRunner maxShrinks(int replays) {
        if (replays < 0) {
            throw new IllegalArgumentException("maxShrinks must not be negative: " + replays);
        }
        return new PropertyRunner(name, cases, seed, replays, properties, log);
    }

    /**
     * Where the overrides {@code tlscodec.seed} and {@code tlscodec.cases} are read from; by
     * default {@link System#getProperty}. Tests of the runner pass their own lookup.
     */
    public PropertyRunner systemProperties(Function<String, Option<String>> lookup) {
        return new PropertyRunner(name, cases, seed, maxShrinks, lookup, log);
    }

    /** Where the one line a run prints goes; by default standard output. */
    public PropertyRunner log(Consumer<String> sink) {
        return new PropertyRunner(name, cases, seed, maxShrinks, properties, sink);
    }

    /** Fails with an {@link AssertionError} unless {@code property} holds for every generated value. */
    public <T> void forAll(Gen<T> gen, Predicate<? super T> property) {
        run(gen, Check.that(property)).throwIfFailed();
    }

    /** Fails with an {@link AssertionError} unless {@code check} returns normally for every generated value. */
    public <T> void check(Gen<T> gen, Check<? super T> check) {
        run(gen, check).throwIfFailed();
    }

    /** Runs the property and answers how it ended, without throwing for a failure. */
    public <T> Outcome<T> run(Gen<T> gen, Check<? super T> check) {
        String runName = name.isDefined() ? name.get() : callerName();
        long runSeed = override(SEED_PROPERTY).map(v -> parse(SEED_PROPERTY, v))
                .orElse(seed)
                .getOrElse(() -> ThreadLocalRandom.current().nextLong());
        int runCases = override(CASES_PROPERTY).map(v -> parseCases(v))
                .orElse(cases)
                .getOrElse(DEFAULT_CASES);
        log.accept("[" + runName + "] seed=" + runSeed + " cases=" + runCases);

        long maxDiscards = 9L * runCases;
        int passed = 0;
        int discarded = 0;
        long index = 0;
        while (passed < runCases) {
            Choices choices = Choices.random(RandomSource.mix(runSeed + GOLDEN * ++index));
            Trial<T> trial = Trial.run(gen, check, choices);
            switch (trial.kind) {
                case PASSED:
                    passed++;
                    break;
                case DISCARDED:
                    discarded++;
                    if (discarded > maxDiscards) {
                        return new Outcome.GaveUp<>(runName, runSeed, runCases, passed, discarded, trial.discardReason);
                    }
                    break;
                default:
                    return failed(runName, runSeed, runCases, passed, trial, gen, check);
            }
        }
        return new Outcome.Passed<>(runName, runSeed, runCases, discarded);
    }

    private <T> Outcome<T> failed(String runName, long runSeed, int runCases, int passed, Trial<T> trial, Gen<T> gen, Check<? super T> check) {
        Shrunk<T> shrunk = Shrinker.shrink(gen, check, trial, maxShrinks);
        Trial<T> minimal = shrunk.trial;
        Throwable failure = minimal.failure.get();
        if (trial.kind == Trial.Kind.GENERATION_FAILED) {
            return new Outcome.GenerationFailed<>(runName, runSeed, runCases, passed, failure,
                    ChoiceOrder.boxed(minimal.choices), shrunk.replays, !shrunk.budgetExhausted);
        }
        return new Outcome.Falsified<>(runName, runSeed, runCases, passed, trial.value.get(), minimal.value.get(), failure,
                ChoiceOrder.boxed(minimal.choices), shrunk.replays, !shrunk.budgetExhausted);
    }

    private Option<String> override(String key) {
        return properties.apply(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static long parse(String key, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + key + " must be a whole number, was '" + value + "'", e);
        }
    }

    private static int parseCases(String value) {
        long n = parse(CASES_PROPERTY, value);
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("-D" + CASES_PROPERTY + " must be 0.." + Integer.MAX_VALUE + ", was " + value);
        }
        return (int) n;
    }

    /** The first caller outside the runner, as {@code SimpleClassName.method}. */
    private static String callerName() {
        return StackWalker.getInstance()
                .walk(frames -> frames
                        .filter(f -> !OWN_CLASSES.contains(f.getClassName()) && !f.getClassName().startsWith("io.vavr."))
                        .findFirst())
                .map(f -> {
                    String cls = f.getClassName();
                    return cls.substring(cls.lastIndexOf('.') + 1) + "." + f.getMethodName();
                })
                .orElse("property");
    }

    @Override
    public String toString() {
        return "PropertyRunner(name=" + name + ", cases=" + cases + ", seed=" + seed + ", maxShrinks=" + maxShrinks + ")";
    }
}
