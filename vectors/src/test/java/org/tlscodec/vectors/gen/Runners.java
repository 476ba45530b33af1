package org.tlscodec.vectors.gen;

import io.vavr.control.Option;
import java.util.List;

/** Runners for tests: a fixed seed, no system-property overrides, log lines collected. */
final class Runners {
    private Runners() {
    }

    static PropertyRunner quiet(String name, long seed, List<String> log) {
        return Property.named(name).seed(seed).systemProperties(key -> Option.none()).log(log::add);
    }

    static PropertyRunner quiet(String name, long seed) {
        return quiet(name, seed, new java.util.ArrayList<>());
    }
}
