package org.tlscodec.vectors.tls.record;

import io.vavr.Tuple;
import org.tlscodec.tls.registry.Registry;
import org.tlscodec.vectors.gen.Gen;

/**
 * Registry values for generated fields: a registered code nine times in ten (shrinking towards
 * the first registered one), otherwise any code of the registry's width (kept as unknown or
 * landing on a known one). Local to the record generators.
 */
final class Codes {
    private Codes() {
    }

    /** A value of {@code registry}: mostly registered, sometimes any code. */
    static <T> Gen<T> of(Registry<T> registry) {
        return Gen.frequency(
                Tuple.of(9, Gen.oneOfValues(registry.known())),
                Tuple.of(1, Gen.ints(0, (1 << (8 * registry.width())) - 1).map(registry::of)));
    }

    /** Like {@link #of}, with the arbitrary codes drawn from {@code [min, max]}. */
    static <T> Gen<T> of(Registry<T> registry, int min, int max) {
        return Gen.frequency(
                Tuple.of(9, Gen.oneOfValues(registry.known())),
                Tuple.of(1, Gen.ints(min, max).map(registry::of)));
    }
}
