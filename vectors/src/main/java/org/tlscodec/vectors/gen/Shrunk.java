package org.tlscodec.vectors.gen;

/** What {@link Shrinker} found, how many replays it took, and whether it ran out of replays. */
final class Shrunk<T> {
    final Trial<T> trial;
    final int replays;
    final boolean budgetExhausted;

    Shrunk(Trial<T> trial, int replays, boolean budgetExhausted) {
        this.trial = trial;
        this.replays = replays;
        this.budgetExhausted = budgetExhausted;
    }
}
