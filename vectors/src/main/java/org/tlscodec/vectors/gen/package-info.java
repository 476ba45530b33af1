/**
 * Generators and the property-check runner, built on choice sequences.
 *
 * <p>The idea comes from Hypothesis's "internal" (integrated) shrinking: a generator never sees
 * randomness directly, it asks a {@link org.tlscodec.vectors.gen.Choices} source for bounded
 * integers. The integers a run drew are recorded; replaying them rebuilds the same value, and
 * shrinking works on that integer sequence (shorter, then smaller, is simpler) instead of on the
 * values, so every generator shrinks without a hand-written shrinker. The same generators can be
 * driven by a seeded random source (property checks, corpora), by a recorded sequence (replaying
 * a counterexample) or by a fuzzer's raw bytes (structure-aware fuzzing).
 *
 * <p>Entry points: {@link org.tlscodec.vectors.gen.Gen} for generators and
 * {@link org.tlscodec.vectors.gen.Property} for checks inside ordinary JUnit 5 tests.
 */
@NullMarked
package org.tlscodec.vectors.gen;

import org.jspecify.annotations.NullMarked;
