package org.tlscodec.vectors.session.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.State;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.gen.Property;

/**
 * The monad laws of {@link State}, checked with our property runner on generated programs over an
 * integer state: left identity, right identity and associativity of {@code flatMap}, and that a
 * fold is the same as the chain of steps it stands for. Programs include failing steps, so the
 * laws are checked with the error (and the state kept at it) as well.
 */
class StateLawsTest {

    /** One generated step: what it does with the state, given the value it receives. */
    record Op(int kind, int k) {
        State<Integer, Integer> apply(int a) {
            return switch (kind) {
                case 0 -> State.pure(a + k);
                case 1 -> State.<Integer>modify(s -> s * 31 + a + k).map(d -> a);
                case 2 -> State.<Integer>get().map(s -> s - a * k);
                case 3 -> State.<Integer>set(a ^ k).map(d -> k);
                default -> State.fail(new SessionError.Protocol("op " + k + " on " + a));
            };
        }
    }

    private static final Gen<Op> OPS = Gen.zipWith(Gen.frequency(
            io.vavr.Tuple.of(3, Gen.ints(0, 3)), io.vavr.Tuple.of(1, Gen.constant(4))), Gen.ints(-50, 50), Op::new);

    /** A program: a first step from value 0, then the rest chained. */
    private static State<Integer, Integer> program(Vector<Op> ops) {
        return ops.foldLeft(State.pure(0), (m, op) -> m.flatMap(op::apply));
    }

    private static final Gen<Vector<Op>> PROGRAMS = Gen.listOf(OPS, 0, 6);

    private static <A> void sameOnStates(State<Integer, A> left, State<Integer, A> right) {
        for (int s : new int[] {0, 1, -7, 1000}) {
            assertThat(left.run(s)).isEqualTo(right.run(s));
        }
    }

    @Test
    void leftIdentityPureThenFIsF() {
        Property.named("left identity").seed(8446).cases(500).check(Gen.zip(Gen.ints(-100, 100), OPS), t -> {
            Function<Integer, State<Integer, Integer>> f = t._2::apply;
            sameOnStates(State.<Integer, Integer>pure(t._1).flatMap(f), f.apply(t._1));
        });
    }

    @Test
    void rightIdentityMThenPureIsM() {
        Property.named("right identity").seed(5246).cases(500).check(PROGRAMS, ops -> {
            State<Integer, Integer> m = program(ops);
            sameOnStates(m.flatMap(State::pure), m);
        });
    }

    @Test
    void associativityTheGroupingOfFlatMapsDoesNotMatter() {
        Property.named("associativity").seed(7627).cases(500).check(Gen.zip(PROGRAMS, OPS, OPS), t -> {
            State<Integer, Integer> m = program(t._1);
            Function<Integer, State<Integer, Integer>> f = t._2::apply;
            Function<Integer, State<Integer, Integer>> g = t._3::apply;
            sameOnStates(m.flatMap(f).flatMap(g), m.flatMap(x -> f.apply(x).flatMap(g)));
        });
    }

    @Test
    void aFoldIsTheChainOfItsSteps() {
        Property.named("fold is the chain").seed(8449).cases(500).check(PROGRAMS, ops -> {
            State<Integer, Integer> folded = State.fold(ops, 0, (a, op) -> op.apply(a));
            sameOnStates(folded, program(ops));
        });
    }
}
