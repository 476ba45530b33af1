package org.tlscodec.vectors.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.Tuple;
import io.vavr.Tuple3;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

/** Choice sources: determinism, exact replay, fuzzer bytes, bounds and the draw cap. */
class ChoicesTest {

    /** A generator that uses every combinator, so the properties below cover them all. */
    static final Gen<Tuple3<Vector<Integer>, Bytes, Object>> EVERYTHING = Gen.zip(
            Gen.listOf(Gen.ints(-1000, 1000), 0, 30),
            Gen.bytes(2, 50),
            Gen.oneOf(
                    Gen.booleans().map(b -> (Object) b),
                    Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE).map(l -> (Object) l),
                    Gen.ints(3, 9).filter(x -> x % 2 == 1).map(x -> (Object) x),
                    Gen.ints(0, 4).flatMap(n -> Gen.listOf(Gen.oneOfValues("a", "b"), n, n)).map(v -> (Object) v),
                    Gen.optionOf(Gen.bytes(4)).map(o -> (Object) o),
                    Gen.frequency(Tuple.of(3, Gen.constant("x")), Tuple.of(1, Gen.ints(-20, -10))).map(v -> (Object) v),
                    Gen.zipWith(Gen.ints(0, 9), Gen.ints(0, 9), (a, b) -> (Object) (a * 10 + b))));

    @Test
    void theSameSeedGivesTheSameSequenceOfValues() {
        Vector<Object> first = Vector.range(0, 200).map(i -> EVERYTHING.attempt(Choices.random(99L + i)));
        Vector<Object> second = Vector.range(0, 200).map(i -> EVERYTHING.attempt(Choices.random(99L + i)));
        Vector<Object> other = Vector.range(0, 200).map(i -> EVERYTHING.attempt(Choices.random(7_000L + i)));

        assertThat(first).isEqualTo(second);
        assertThat(first).isNotEqualTo(other);

        Choices one = Choices.random(5);
        Choices two = Choices.random(5);
        Vector<Long> a = Vector.range(0, 100).map(i -> one.drawLong(0, 1L << 40));
        Vector<Long> b = Vector.range(0, 100).map(i -> two.drawLong(0, 1L << 40));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void replayingTheRecordedChoicesReproducesTheValueExactly() {
        for (long seed = 0; seed < 300; seed++) {
            Choices random = Choices.random(seed);
            Option<Tuple3<Vector<Integer>, Bytes, Object>> value = EVERYTHING.attempt(random);
            Choices replay = Choices.replay(random.recorded());

            assertThat(EVERYTHING.attempt(replay)).as("seed %d", seed).isEqualTo(value);
            assertThat(replay.recorded()).as("seed %d", seed).isEqualTo(random.recorded());
        }
    }

    @Test
    void replayClampsIntoTheRangeAndAnswersTheMinimumOnceExhausted() {
        Choices c = Choices.replay(500, 2, 7);

        assertThat(c.draw(10, 20)).isEqualTo(20);   // offset 500 clamped to the span, 10
        assertThat(c.draw(-5, 5)).isEqualTo(-3);    // offset 2 from -5
        assertThat(c.drawLong(0, 3)).isEqualTo(3);  // offset 7 clamped to 3
        assertThat(c.draw(-5, 5)).isEqualTo(-5);    // exhausted: the minimum
        assertThat(c.drawBoolean()).isFalse();
        assertThat(c.draw(4, 4)).isEqualTo(4);      // a single value is not a choice
        assertThat(c.recorded()).isEqualTo(Vector.of(10L, 2L, 3L));
    }

    @Test
    void recordedChoicesLeaveOutTrailingZerosAndSingleValueDraws() {
        Choices c = Choices.replay(0, 3, 0, 0);
        c.draw(0, 9);
        c.draw(7, 7);
        c.draw(0, 9);
        c.draw(0, 9);
        c.draw(0, 9);

        assertThat(c.recorded()).isEqualTo(Vector.of(0L, 3L));
        assertThat(c.drawCount()).isEqualTo(5);
    }

    @Test
    void fromBytesDrivesTheGeneratorsFromArbitraryBytesWithoutThrowingAndDeterministically() {
        Random random = new Random(1234);
        int produced = 0;
        for (int i = 0; i < 2000; i++) {
            byte[] input = new byte[random.nextInt(300)];
            random.nextBytes(input);
            Bytes bytes = Bytes.of(input);

            Option<Tuple3<Vector<Integer>, Bytes, Object>> value = EVERYTHING.attempt(Choices.fromBytes(bytes));

            assertThat(EVERYTHING.attempt(Choices.fromBytes(bytes))).isEqualTo(value);
            produced += value.isDefined() ? 1 : 0;
            value.forEach(v -> {
                assertThat(v._1.size()).isBetween(0, 30);
                assertThat(v._1).allMatch(x -> x >= -1000 && x <= 1000);
                assertThat(v._2.size()).isBetween(2, 50);
            });
        }
        assertThat(produced).isGreaterThan(1900);
    }

    @Test
    void fromBytesReadsBigEndianBytesModuloTheRange() {
        Choices c = Choices.fromBytes(Bytes.fromHex("ff 01 02 0a"));

        assertThat(c.draw(0, 255)).isEqualTo(0xff);
        assertThat(c.draw(0, 999)).isEqualTo(0x0102);   // two bytes: 258
        assertThat(c.draw(0, 3)).isEqualTo(0x0a % 4);
        assertThat(c.draw(100, 1000)).isEqualTo(100);    // exhausted: the minimum
    }

    @Test
    void emptyBytesGiveTheSimplestValue() {
        Tuple3<Vector<Integer>, Bytes, Object> simplest = EVERYTHING.generate(Choices.fromBytes(Bytes.empty()));

        assertThat(simplest).isEqualTo(Tuple.of(Vector.empty(), Bytes.zeros(2), false));
        assertThat(Gen.ints(-5, 5).generate(Choices.fromBytes(Bytes.empty()))).isZero();
        assertThat(Gen.ints(3, 9).generate(Choices.fromBytes(Bytes.empty()))).isEqualTo(3);
        assertThat(Gen.ints(-9, -3).generate(Choices.fromBytes(Bytes.empty()))).isEqualTo(-3);
        assertThat(Gen.optionOf(Gen.booleans()).generate(Choices.fromBytes(Bytes.empty()))).isEqualTo(Option.none());
        assertThat(Gen.listOf(Gen.ints(0, 9), 2, 5).generate(Choices.fromBytes(Bytes.empty()))).isEqualTo(Vector.of(0, 0));
    }

    @Test
    void valuesStayWithinTheirBoundsUnderRandomChoices() {
        Gen<Tuple3<Integer, Long, Long>> edges = Gen.zip(
                Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE),
                Gen.longs(-3, Long.MAX_VALUE),
                Gen.longs(Long.MIN_VALUE, -2));
        for (long seed = 0; seed < 2000; seed++) {
            Tuple3<Integer, Long, Long> v = edges.generate(Choices.random(seed));
            assertThat(v._2).isGreaterThanOrEqualTo(-3);
            assertThat(v._3).isLessThanOrEqualTo(-2);
        }
        Choices c = Choices.random(3);
        for (int i = 0; i < 10_000; i++) {
            c.drawLong(Long.MIN_VALUE, Long.MAX_VALUE);
            assertThat(c.draw(-7, 9)).isBetween(-7, 9);
        }
    }

    @Test
    void aGeneratorThatNeverStopsDrawingIsCutOffAsAnOverrun() {
        Gen<Integer> endless = c -> {
            int n = 0;
            while (true) {
                n += c.draw(0, 1);
            }
        };

        assertThat(endless.attempt(Choices.random(1))).isEqualTo(Option.none());
        assertThatThrownBy(() -> endless.generate(Choices.fromBytes(Bytes.empty())))
                .isInstanceOf(CaseDiscarded.class)
                .hasMessageContaining("overrun");
    }

    @Test
    void aFilterThatNeverSucceedsDiscardsTheCaseInsteadOfLooping() {
        Gen<Integer> impossible = Gen.ints(0, 10).filter(x -> x > 100);

        assertThat(impossible.attempt(Choices.random(1))).isEqualTo(Option.none());
        assertThatThrownBy(() -> impossible.generate(Choices.replay()))
                .isInstanceOf(CaseDiscarded.class)
                .hasMessageContaining("filter rejected 100 values");
    }

    @Test
    void emptyRangesAreRejected() {
        assertThatThrownBy(() -> Gen.ints(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gen.listOf(Gen.ints(0, 1), 3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Choices.random(1).draw(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
