package org.tlscodec.vectors.gen;

/**
 * Where the raw choices of a {@link Choices} come from. A source answers an offset in
 * {@code [0, span]}, {@code span} read as an unsigned 64-bit number; 0 is always the simplest
 * answer. Recording, the draw cap and the mapping onto {@code [min, max]} are done once, in
 * {@link Choices}.
 */
interface ChoiceSource {

    /** An offset in {@code [0, span]} (unsigned); {@code span} is never 0. */
    long next(long span);

    /** How the source describes itself in messages. */
    String describe();
}
