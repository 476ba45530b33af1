package org.tlscodec.vectors.gen;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tlscodec.codec.Bytes;

/** Failing properties shrink to exactly their known minimal counterexamples, whatever the seed. */
class ShrinkingTest {

    private static <T> Outcome.Falsified<T> falsify(String name, long seed, Gen<T> gen, Check<? super T> check) {
        Outcome<T> outcome = Runners.quiet(name, seed).run(gen, check);
        assertThat(outcome).isInstanceOf(Outcome.Falsified.class);
        Outcome.Falsified<T> f = (Outcome.Falsified<T>) outcome;
        assertThat(f.shrinkCompleted()).as("shrinking finished within its budget").isTrue();
        return f;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20240601, -7})
    void everyListIsShorterThanFiveIsFalsifiedAndShrinksToFiveZeros(long seed) {
        Gen<Vector<Integer>> lists = Gen.listOf(Gen.ints(0, 1000), 0, 20);
        Outcome.Falsified<Vector<Integer>> f = falsify("every list is shorter than 5", seed, lists, Check.that(xs -> xs.size() < 5));

        assertThat(f.minimal()).isEqualTo(Vector.of(0, 0, 0, 0, 0));
        assertThat(f.choices()).isEqualTo(Vector.of(1L, 0L, 1L, 0L, 1L, 0L, 1L, 0L, 1L));
        assertThat(f.original().size()).isGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20240601, -7})
    void everyIntIsBelow1000ShrinksToExactly1000(long seed) {
        Outcome.Falsified<Integer> f = falsify("every int is below 1000", seed, Gen.ints(0, 100_000), Check.that(x -> x < 1000));

        assertThat(f.minimal()).isEqualTo(1000);
        assertThat(f.choices()).isEqualTo(Vector.of(1000L));
    }

    /**
     * oneOf(empty list, flatMap(size 1..5 -> that many non-zero ints)), and the property "every
     * element is below 3". The shortest failing choice sequence is [second alternative, size
     * offset 0 (one element), value 3]: a single element of value 3. A shorter sequence leaves
     * the elements to the exhausted replay, whose zeros the filter rejects until the case is
     * discarded; a longer list or a rejected zero costs more choices. Shrinking has to lower the
     * size and delete the elements it no longer reads in one step.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20240601, -7})
    void flatMapFilterOneOfShrinksToOneElementOfThree(long seed) {
        Gen<Integer> nonZero = Gen.ints(0, 1000).filter(x -> x != 0);
        Gen<Vector<Integer>> sized = Gen.ints(1, 5).flatMap(n -> Gen.listOf(nonZero, n, n));
        Gen<Vector<Integer>> gen = Gen.oneOf(Gen.constant(Vector.<Integer>empty()), sized);

        Outcome.Falsified<Vector<Integer>> f = falsify("every element is below 3", seed, gen,
                Check.that(xs -> xs.forAll(x -> x < 3)));

        assertThat(f.minimal()).isEqualTo(Vector.of(3));
        assertThat(f.choices()).isEqualTo(Vector.of(1L, 0L, 3L));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void aFailureThatDependsOnASumShrinksToASingleTerm(long seed) {
        Gen<Vector<Vector<Integer>>> nested = Gen.listOf(Gen.listOf(Gen.ints(0, 1 << 20), 0, 50), 0, 50);

        Outcome.Falsified<Vector<Vector<Integer>>> f = falsify("total below 10^6", seed, nested,
                Check.that(xss -> xss.flatMap(xs -> xs).map(Integer::longValue).sum().longValue() < 1_000_000));

        assertThat(f.minimal()).isEqualTo(Vector.of(Vector.of(1_000_000)));
        assertThat(f.choices()).isEqualTo(Vector.of(1L, 1L, 1_000_000L));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void lengthPrefixedListsShrinkByLoweringTheLengthAndDeletingElements(long seed) {
        Gen<Vector<Integer>> gen = Gen.ints(0, 10).flatMap(n -> Gen.listOf(Gen.ints(0, 100), n, n));

        Outcome.Falsified<Vector<Integer>> f = falsify("some element is 50 or more, or the list is short", seed, gen,
                Check.that(xs -> xs.size() < 3 || xs.forAll(x -> x < 50)));

        // [3, 50]: three elements, the first 50; the other two replay past the end, as zeros.
        assertThat(f.minimal()).isEqualTo(Vector.of(50, 0, 0));
        assertThat(f.choices()).isEqualTo(Vector.of(3L, 50L));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void intsShrinkTowardsZeroOrTheBoundNearestZero(long seed) {
        assertThat(falsify("above -50", seed, Gen.ints(-100, 100), Check.that(x -> x > -50)).minimal()).isEqualTo(-50);
        assertThat(falsify("below 15", seed, Gen.ints(10, 20), Check.that(x -> x < 15)).minimal()).isEqualTo(15);
        assertThat(falsify("above -15", seed, Gen.ints(-20, -10), Check.that(x -> x > -15)).minimal()).isEqualTo(-15);
        assertThat(falsify("nothing at all", seed, Gen.ints(-20, -10), Check.that(x -> false)).minimal()).isEqualTo(-10);
        assertThat(falsify("below 2^40", seed, Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE), Check.that(x -> x < (1L << 40))).minimal())
                .isEqualTo(1L << 40);
        assertThat(falsify("not minimum", seed, Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE), Check.that(x -> x != Long.MIN_VALUE)).minimal())
                .isEqualTo(Long.MIN_VALUE);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void bytesShrinkToTheShortestSmallestFailingBytes(long seed) {
        Outcome.Falsified<Bytes> f = falsify("no byte has its high bit set", seed, Gen.bytes(0, 40),
                Check.that(b -> {
                    for (int i = 0; i < b.size(); i++) {
                        if (b.get(i) >= 0x80) {
                            return false;
                        }
                    }
                    return true;
                }));

        assertThat(f.minimal()).isEqualTo(Bytes.ofUnsigned(0x80));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void oneOfValuesAndFrequencyShrinkTowardsTheFirstAlternative(long seed) {
        assertThat(falsify("any", seed, Gen.oneOfValues("a", "b", "c"), Check.that(s -> false)).minimal()).isEqualTo("a");
        Gen<String> weighted = Gen.frequency(io.vavr.Tuple.of(1, Gen.constant("rare")), io.vavr.Tuple.of(50, Gen.constant("common")));
        assertThat(falsify("any", seed, weighted, Check.that(s -> false)).minimal()).isEqualTo("rare");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void anyExceptionIsAFailureAndTheMinimalCaseCarriesItsOwnException(long seed) {
        Outcome.Falsified<Integer> f = falsify("no division by zero", seed, Gen.ints(-30, 30),
                x -> {
                    int unused = 100 / (x - 7);
                });

        assertThat(f.minimal()).isEqualTo(7);
        assertThat(f.failure()).isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aFailingGeneratorIsReportedAndShrunk(long seed) {
        Gen<Integer> broken = Gen.ints(0, 1000).map(x -> {
            if (x >= 300) {
                throw new IllegalStateException("cannot build " + x);
            }
            return x;
        });
        Outcome<Integer> outcome = Runners.quiet("broken generator", seed).run(broken, x -> { });

        assertThat(outcome).isInstanceOf(Outcome.GenerationFailed.class);
        Outcome.GenerationFailed<Integer> g = (Outcome.GenerationFailed<Integer>) outcome;
        assertThat(g.choices()).isEqualTo(Vector.of(300L));
        assertThat(g.failure()).hasMessage("cannot build 300");
    }
}
