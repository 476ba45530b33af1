package org.tlscodec.vectors.gen;

import io.vavr.collection.Vector;
import java.util.function.Predicate;

/**
 * Property checks inside ordinary JUnit 5 tests: {@code Property.forAll(gen, v -> ...)} runs a
 * property over many generated values, shrinks the first counterexample to a minimal one, and
 * fails with a message that names it, the seed that repeats the run and the choices that replay
 * the case. This is the runner the project uses instead of a property-testing library.
 *
 * <pre>{@code
 * Property.forAll(Gen.listOf(Gen.ints(0, 1000), 0, 20), xs -> xs.size() < 5);
 * Property.named("round trip").cases(200).check(gen, v -> assertThat(decode(encode(v))).isEqualTo(v));
 * }</pre>
 *
 * <p>Repeat a failing run with {@code -Dtlscodec.seed=S} (and {@code -Dtlscodec.cases=N}); replay
 * one case directly with {@link #replay}.
 */
public final class Property {
    private Property() {
    }

    /** A runner with the defaults: {@value PropertyRunner#DEFAULT_CASES} cases, a fresh seed, named after the caller. */
    public static PropertyRunner builder() {
        return PropertyRunner.defaults();
    }

    /** A runner with the defaults and the given name. */
    public static PropertyRunner named(String name) {
        return builder().named(name);
    }

    /** Fails with an {@link AssertionError} unless {@code property} holds for every generated value. */
    public static <T> void forAll(Gen<T> gen, Predicate<? super T> property) {
        builder().forAll(gen, property);
    }

    /** Fails with an {@link AssertionError} unless {@code check} returns normally for every generated value. */
    public static <T> void check(Gen<T> gen, Check<? super T> check) {
        builder().check(gen, check);
    }

    /**
     * Rebuilds the case that {@code choices} (from a failure report or {@link Choices#recorded()})
     * describes, checks it once and answers it. When the check fails this throws an
     * {@link AssertionError} with the value, caused by what the check threw, so a debugger can stop
     * right there; a discarded case rethrows its {@link CaseDiscarded}.
     */
    public static <T> T replay(Gen<T> gen, Vector<Long> choices, Check<? super T> check) {
        Trial<T> trial = Trial.run(gen, check, Choices.replay(choices));
        switch (trial.kind) {
            case PASSED:
                return trial.value.get();
            case DISCARDED:
                throw new CaseDiscarded(trial.discardReason);
            case CHECK_FAILED:
                throw new AssertionError("replayed case failed: " + trial.value.get() + "\nfailure: " + trial.failure.get(),
                        trial.failure.get());
            default:
                throw new AssertionError("replayed case: the generator failed: " + trial.failure.get(), trial.failure.get());
        }
    }

    /** Discards the current case unless {@code condition} holds; call it inside a check. */
    public static void assume(boolean condition) {
        if (!condition) {
            throw new CaseDiscarded("assumption failed");
        }
    }
}
