package org.tlscodec.vectors.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The runner: case counts, seeds and their overrides, what it prints and what a failure says. */
class PropertyRunnerTest {

    private static final Gen<Vector<Integer>> LISTS = Gen.listOf(Gen.ints(0, 1000), 0, 20);

    @Test
    void aPassingPropertyPassesRunsExactlyNCasesAndPrintsOnlyTheSeedLine() {
        List<String> log = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();

        Outcome<Vector<Integer>> outcome = Runners.quiet("lists are short", 77, log).cases(250)
                .run(LISTS, xs -> {
                    calls.incrementAndGet();
                    assertThat(xs.size()).isLessThanOrEqualTo(20);
                });

        assertThat(outcome).isEqualTo(new Outcome.Passed<Vector<Integer>>("lists are short", 77, 250, 0));
        assertThat(calls).hasValue(250);
        assertThat(log).containsExactly("[lists are short] seed=77 cases=250");
    }

    @Test
    void forAllAndCheckReturnNormallyWhenThePropertyHolds() {
        List<String> log = new ArrayList<>();
        Runners.quiet("sizes are bounded", 1, log).cases(100).forAll(LISTS, xs -> xs.size() <= 20);
        Runners.quiet("sizes are bounded", 1, log).cases(100).check(LISTS, xs -> assertThat(xs).hasSizeLessThanOrEqualTo(20));

        assertThat(log).hasSize(2);
    }

    @Test
    void theDefaultRunnerRunsAThousandCasesNamedAfterTheCallingTest() {
        List<String> log = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();

        Property.builder().systemProperties(key -> Option.none()).log(log::add)
                .check(Gen.booleans(), b -> calls.incrementAndGet());

        assertThat(calls).hasValue(PropertyRunner.DEFAULT_CASES);
        assertThat(log).singleElement().asString()
                .startsWith("[PropertyRunnerTest.theDefaultRunnerRunsAThousandCasesNamedAfterTheCallingTest] seed=")
                .endsWith(" cases=1000");
    }

    @Test
    void theSeedAndCasesSystemPropertiesOverrideTheConfiguredOnes() {
        Map<String, String> props = HashMap.of(PropertyRunner.SEED_PROPERTY, " 123456 ", PropertyRunner.CASES_PROPERTY, "40");
        List<String> log = new ArrayList<>();
        List<Vector<Integer>> seenWithOverride = new ArrayList<>();
        List<Vector<Integer>> seenWithSeed = new ArrayList<>();

        Outcome<Vector<Integer>> outcome = Property.named("override").seed(1).cases(5)
                .systemProperties(props::get).log(log::add)
                .run(LISTS, seenWithOverride::add);
        Runners.quiet("override", 123456).cases(40).run(LISTS, seenWithSeed::add);

        assertThat(outcome.seed()).isEqualTo(123456);
        assertThat(log).containsExactly("[override] seed=123456 cases=40");
        assertThat(seenWithOverride).hasSize(40).isEqualTo(seenWithSeed);
    }

    @Test
    void emptySystemPropertiesMeanUnset() {
        Map<String, String> props = HashMap.of(PropertyRunner.SEED_PROPERTY, "", PropertyRunner.CASES_PROPERTY, "  ");
        List<String> log = new ArrayList<>();

        Outcome<Vector<Integer>> outcome = Property.named("empty").seed(9).cases(3)
                .systemProperties(props::get).log(log::add)
                .run(LISTS, xs -> { });

        assertThat(outcome).isEqualTo(new Outcome.Passed<Vector<Integer>>("empty", 9, 3, 0));
        assertThat(log).containsExactly("[empty] seed=9 cases=3");
    }

    @Test
    void aMalformedSeedPropertyIsAClearError() {
        Map<String, String> props = HashMap.of(PropertyRunner.SEED_PROPERTY, "abc");

        assertThatThrownBy(() -> Property.named("bad").systemProperties(props::get).log(line -> { }).run(LISTS, xs -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-Dtlscodec.seed must be a whole number, was 'abc'");
    }

    @Test
    void theRealSystemPropertyIsReadWhenSetAndRestoredAfterwards() {
        String before = System.getProperty(PropertyRunner.SEED_PROPERTY);
        try {
            System.setProperty(PropertyRunner.SEED_PROPERTY, "31337");
            List<String> log = new ArrayList<>();
            Outcome<Boolean> outcome = Property.named("real").seed(1).cases(2).log(log::add).run(Gen.booleans(), b -> { });
            assertThat(outcome.seed()).isEqualTo(31337);
        } finally {
            if (before == null) {
                System.clearProperty(PropertyRunner.SEED_PROPERTY);
            } else {
                System.setProperty(PropertyRunner.SEED_PROPERTY, before);
            }
        }
    }

    @Test
    void theFailureMessageContainsTheSeedTheMinimalCaseTheFailureAndHowToReplay() {
        AssertionError error = catchThrowableOfType(AssertionError.class,
                () -> Runners.quiet("every list is shorter than 5", 42).forAll(LISTS, xs -> xs.size() < 5));

        assertThat(error.getMessage())
                .contains("[every list is shorter than 5] falsified after")
                .contains("seed=42")
                .contains("minimal counterexample: Vector(0, 0, 0, 0, 0)\n")
                .contains("failure: java.lang.AssertionError: property returned false")
                .contains("choices: [1, 0, 1, 0, 1, 0, 1, 0, 1]")
                .contains("-Dtlscodec.seed=42")
                .contains("Property.replay(gen, Vector.of(1L, 0L, 1L, 0L, 1L, 0L, 1L, 0L, 1L), check)");
        assertThat(error).hasCauseInstanceOf(AssertionError.class);
    }

    @Test
    void theFailureOfAnAssertionInsideTheCheckIsQuotedForTheMinimalCase() {
        AssertionError error = catchThrowableOfType(AssertionError.class,
                () -> Runners.quiet("below 1000", 5).check(Gen.ints(0, 100_000), x -> assertThat(x).isLessThan(1000)));

        assertThat(error.getMessage())
                .contains("minimal counterexample: 1000\n")
                .contains("to be less than:")
                .contains("choices: [1000]");
        assertThat(error.getCause()).hasMessageContaining("1000");
    }

    @Test
    void replayingTheReportedChoicesReproducesTheMinimalFailure() {
        Outcome<Vector<Integer>> outcome = Runners.quiet("short lists", 8).run(LISTS, Check.that(xs -> xs.size() < 5));
        Vector<Long> choices = ((Outcome.Falsified<Vector<Integer>>) outcome).choices();

        assertThatThrownBy(() -> Property.replay(LISTS, choices, Check.that(xs -> xs.size() < 5)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("replayed case failed: Vector(0, 0, 0, 0, 0)");
        assertThat(Property.replay(LISTS, choices, xs -> { })).isEqualTo(Vector.of(0, 0, 0, 0, 0));
        assertThat(LISTS.generate(Choices.replay(choices))).isEqualTo(Vector.of(0, 0, 0, 0, 0));
    }

    @Test
    @Timeout(20)
    void aFilterThatNeverSucceedsFailsClearlyInsteadOfHangingOrPassing() {
        Gen<Integer> impossible = Gen.ints(0, 10).filter(x -> x > 100);
        AtomicInteger checked = new AtomicInteger();

        Outcome<Integer> outcome = Runners.quiet("impossible filter", 3).cases(100).run(impossible, x -> checked.incrementAndGet());

        assertThat(outcome).isInstanceOf(Outcome.GaveUp.class);
        assertThat(((Outcome.GaveUp<Integer>) outcome).discarded()).isEqualTo(901);
        assertThat(checked).hasValue(0);
        assertThatThrownBy(outcome::throwIfFailed)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[impossible filter] gave up: 901 cases discarded and only 0 of 100 checked (seed=3)")
                .hasMessageContaining("filter rejected 100 values in a row");
    }

    @Test
    void aRareFilterThatDiscardsUnderNinetyPercentStillPasses() {
        Gen<Integer> rare = Gen.ints(0, 9).filter(x -> x == 0);
        Outcome<Integer> outcome = Runners.quiet("rare", 4).cases(50).run(rare, x -> assertThat(x).isZero());

        assertThat(outcome.ok()).isTrue();
    }

    @Test
    void assumptionsDiscardCasesAndTooManyDiscardsGiveUp() {
        Outcome<Integer> some = Runners.quiet("odd only", 6).cases(100).run(Gen.ints(0, 100), x -> {
            Property.assume(x % 2 == 1);
            assertThat(x % 2).isEqualTo(1);
        });
        Outcome<Integer> none = Runners.quiet("never", 6).cases(10).run(Gen.ints(0, 100), x -> Property.assume(false));

        assertThat(some).isInstanceOf(Outcome.Passed.class);
        assertThat(((Outcome.Passed<Integer>) some).discarded()).isPositive();
        assertThat(none).isInstanceOf(Outcome.GaveUp.class);
        assertThat(none.describe()).contains("assumption failed");
    }

    @Test
    void zeroShrinksReportsTheOriginalCase() {
        Outcome<Integer> outcome = Runners.quiet("unshrunk", 11).maxShrinks(0).run(Gen.ints(0, 100_000), Check.that(x -> x < 1000));
        Outcome.Falsified<Integer> f = (Outcome.Falsified<Integer>) outcome;

        assertThat(f.minimal()).isEqualTo(f.original());
        assertThat(f.shrinkCompleted()).isFalse();
        assertThat(f.describe()).contains("replay budget exhausted");
    }

    @Test
    void shrinkingALargeCaseStaysFast() {
        Gen<Vector<Vector<Integer>>> nested = Gen.listOf(Gen.listOf(Gen.ints(0, 1 << 20), 0, 50), 0, 50);
        long start = System.nanoTime();

        Outcome<Vector<Vector<Integer>>> outcome = Runners.quiet("total below 10^6", 12)
                .run(nested, Check.that(xss -> xss.flatMap(xs -> xs).map(Integer::longValue).sum().longValue() < 1_000_000));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        Outcome.Falsified<Vector<Vector<Integer>>> f = (Outcome.Falsified<Vector<Vector<Integer>>>) outcome;
        assertThat(f.minimal()).isEqualTo(Vector.of(Vector.of(1_000_000)));
    }
}
