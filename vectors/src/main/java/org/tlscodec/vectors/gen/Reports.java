package org.tlscodec.vectors.gen;

import io.vavr.collection.Vector;

/** The shared wording of failure reports. */
final class Reports {
    private static final int LIMIT = 2000;

    private Reports() {
    }

    static String replayLines(long seed, Vector<Long> choices, int replays, boolean completed) {
        return "choices: " + ChoiceOrder.show(choices) + " (shrunk in " + replays + " replays"
                + (completed ? "" : "; replay budget exhausted, the case may not be minimal") + ")\n"
                + "replay the run: -Dtlscodec.seed=" + seed + "\n"
                + "replay this case: Property.replay(gen, " + ChoiceOrder.javaLiteral(choices)
                + ", check)  (a predicate p replays as Check.that(p))\n";
    }

    static String abbreviate(String s) {
        return s.length() <= LIMIT ? s : s.substring(0, LIMIT) + "... (" + s.length() + " characters)";
    }
}
