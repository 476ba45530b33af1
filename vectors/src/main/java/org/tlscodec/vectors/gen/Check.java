package org.tlscodec.vectors.gen;

import java.util.function.Predicate;

/**
 * A property's check of one generated value: it returns normally when the value passes and throws
 * when it fails, usually an {@link AssertionError} from AssertJ or JUnit, but any exception counts
 * as a failure. Throwing {@link CaseDiscarded} (see {@link Property#assume}) discards the case
 * instead.
 *
 * @param <T> the checked value
 */
@FunctionalInterface
public interface Check<T> {

    /** Checks one value; throws to report a failure. */
    void check(T value);

    /** A check that fails with an {@link AssertionError} when {@code property} answers false. */
    static <T> Check<T> that(Predicate<? super T> property) {
        return value -> {
            if (!property.test(value)) {
                throw new AssertionError("property returned false");
            }
        };
    }
}
