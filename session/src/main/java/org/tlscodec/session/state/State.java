package org.tlscodec.session.state;

import io.vavr.control.Either;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The state monad of DESIGN.md section 4: a computation {@code S -> (S, Either<SessionError, A>)}.
 * A protocol step reads the session, answers a value, and hands on the changed session. The error
 * sits inside the {@link Step}, so the session as it was when the step failed survives (an alert, a
 * dissector's error line and the next record all need it).
 *
 * <p>Chains stay one protocol step long; repetition is {@link #fold} or {@link #traverse}, which
 * loop rather than recurse, so a conversation of any length cannot overflow the stack.
 *
 * @param <S> the state threaded through (a {@link TlsSession})
 * @param <A> the value answered
 */
@FunctionalInterface
public interface State<S, A> {

    /** Runs the computation from {@code state}. */
    Step<S, A> run(S state);

    /**
     * The state after a computation, and its value or the error that stopped it.
     *
     * @param state  the state after the computation (at the failure, if it failed)
     * @param result the value, or why there is none
     */
    record Step<S, A>(S state, Either<SessionError, A> result) {

        /** A successful step. */
        public static <S, A> Step<S, A> of(S state, A value) {
            return new Step<>(state, Either.right(value));
        }

        /** A failed step, keeping the state at the failure. */
        public static <S, A> Step<S, A> failed(S state, SessionError error) {
            return new Step<>(state, Either.left(error));
        }
    }

    /** Answers {@code value} and leaves the state alone. */
    static <S, A> State<S, A> pure(A value) {
        return s -> Step.of(s, value);
    }

    /** Fails with {@code error} and leaves the state alone. */
    static <S, A> State<S, A> fail(SessionError error) {
        return s -> Step.failed(s, error);
    }

    /** Answers the state itself. */
    static <S> State<S, S> get() {
        return s -> Step.of(s, s);
    }

    /** Answers a function of the state. */
    static <S, A> State<S, A> inspect(Function<? super S, ? extends A> f) {
        return s -> Step.of(s, f.apply(s));
    }

    /** Replaces the state. */
    static <S> State<S, Done> set(S state) {
        return s -> Step.of(state, Done.DONE);
    }

    /** Changes the state with {@code f}. */
    static <S> State<S, Done> modify(UnaryOperator<S> f) {
        return s -> Step.of(f.apply(s), Done.DONE);
    }

    /** Changes the state with a function that may fail; on failure the state stays as it was. */
    static <S> State<S, Done> modifyEither(Function<? super S, Either<SessionError, S>> f) {
        return s -> f.apply(s).fold(e -> Step.failed(s, e), next -> Step.of(next, Done.DONE));
    }

    /** Answers {@code result}: its value, or its error with the state unchanged. */
    static <S, A> State<S, A> lift(Either<SessionError, ? extends A> result) {
        return s -> result.fold(e -> Step.failed(s, e), a -> Step.of(s, a));
    }

    /** The value mapped with {@code f}; an error passes through. */
    default <B> State<S, B> map(Function<? super A, ? extends B> f) {
        return s -> {
            Step<S, A> step = run(s);
            return new Step<>(step.state(), step.result().map(f));
        };
    }

    /** Runs {@code f}'s computation on the value and the state after this one; an error stops here. */
    default <B> State<S, B> flatMap(Function<? super A, ? extends State<S, B>> f) {
        return s -> {
            Step<S, A> step = run(s);
            return step.result().isLeft()
                    ? Step.failed(step.state(), step.result().getLeft())
                    : f.apply(step.result().get()).run(step.state());
        };
    }

    /** This, then {@code next}, answering {@code next}'s value. */
    default <B> State<S, B> then(State<S, B> next) {
        return flatMap(a -> next);
    }

    /** On an error, runs {@code handler}'s computation from the state at the failure. */
    default State<S, A> recover(Function<? super SessionError, ? extends State<S, A>> handler) {
        return s -> {
            Step<S, A> step = run(s);
            return step.result().isLeft() ? handler.apply(step.result().getLeft()).run(step.state()) : step;
        };
    }

    /** The value, or on an error the error as the value, with the state at the failure. */
    default State<S, Either<SessionError, A>> attempt() {
        return s -> {
            Step<S, A> step = run(s);
            return Step.of(step.state(), step.result());
        };
    }

    /**
     * Folds {@code items} left to right with a step per item, in a loop: the first error stops the
     * fold with the state at that item's failure.
     */
    static <S, T, B> State<S, B> fold(Iterable<? extends T> items, B zero, BiFunction<? super B, ? super T, ? extends State<S, B>> step) {
        return s -> {
            S state = s;
            B acc = zero;
            for (T item : items) {
                Step<S, B> next = step.apply(acc, item).run(state);
                state = next.state();
                if (next.result().isLeft()) {
                    return Step.failed(state, next.result().getLeft());
                }
                acc = next.result().get();
            }
            return Step.of(state, acc);
        };
    }

    /** Runs {@code f} on every item in order, in a loop, collecting the values; the first error stops it. */
    static <S, T, B> State<S, io.vavr.collection.Vector<B>> traverse(Iterable<? extends T> items,
                                                                     Function<? super T, ? extends State<S, B>> f) {
        return fold(items, io.vavr.collection.Vector.<B>empty(), (acc, item) -> f.apply(item).map(acc::append));
    }
}
