package org.tlscodec.session.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/** The state monad's behaviour on plain integers: what it answers, and the state it keeps at a failure. */
class StateTest {

    private static final SessionError BOOM = new SessionError.Protocol("boom");

    @Test
    void flatMapThreadsTheStateFromOneStepToTheNext() {
        State<Integer, Integer> program = State.<Integer>modify(s -> s + 1)
                .then(State.<Integer>get())
                .flatMap(s -> State.<Integer>set(s * 10).map(d -> s));

        assertThat(program.run(4)).isEqualTo(State.Step.of(50, 5));
    }

    @Test
    void aFailureStopsTheChainAndKeepsTheStateAtTheMomentOfTheFailure() {
        State<Integer, Done> program = State.<Integer>modify(s -> s + 1)
                .then(State.<Integer, Done>fail(BOOM))
                .then(State.modify(s -> s + 100));

        assertThat(program.run(0)).isEqualTo(State.Step.<Integer, Done>failed(1, BOOM));
    }

    @Test
    void recoverRunsFromTheStateAtTheFailure() {
        State<Integer, String> program = State.<Integer>modify(s -> s + 2)
                .then(State.<Integer, String>fail(BOOM))
                .recover(e -> State.inspect(s -> e.message() + " at " + s));

        assertThat(program.run(1)).isEqualTo(State.Step.of(3, "protocol: boom at 3"));
    }

    @Test
    void attemptTurnsTheErrorIntoAValueWithTheStateAtTheFailure() {
        State<Integer, Either<SessionError, Done>> program = State.<Integer>modify(s -> s * 3).then(State.<Integer, Done>fail(BOOM)).attempt();

        assertThat(program.run(2)).isEqualTo(State.Step.of(6, Either.<SessionError, Done>left(BOOM)));
    }

    @Test
    void aFoldOverAMillionItemsRunsInALoopWithoutOverflowingTheStack() {
        Vector<Integer> items = Vector.range(0, 1_000_000);
        State<Long, Long> sum = State.fold(items, 0L, (acc, i) -> State.<Long>modify(s -> s + 1).map(d -> acc + i));

        State.Step<Long, Long> step = sum.run(0L);

        assertThat(step.state()).isEqualTo(1_000_000L);
        assertThat(step.result().get()).isEqualTo(499_999_500_000L);
    }

    @Test
    void aFoldStopsAtTheFirstFailingItemWithTheStateThere() {
        State<Integer, Vector<Integer>> program = State.traverse(Vector.of(1, 2, 3, 4), i -> i == 3
                ? State.<Integer, Integer>fail(BOOM)
                : State.<Integer>modify(s -> s + i).map(d -> i));

        assertThat(program.run(0)).isEqualTo(State.Step.<Integer, Vector<Integer>>failed(3, BOOM));
    }

    @Test
    void modifyEitherLeavesTheStateAsItWasWhenTheChangeFails() {
        State<Integer, Done> program = State.modifyEither(s -> s > 5 ? Either.right(s - 5) : Either.left(BOOM));

        assertThat(program.run(7)).isEqualTo(State.Step.of(2, Done.DONE));
        assertThat(program.run(3)).isEqualTo(State.Step.<Integer, Done>failed(3, BOOM));
    }
}
