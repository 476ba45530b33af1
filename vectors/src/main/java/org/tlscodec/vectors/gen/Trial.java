package org.tlscodec.vectors.gen;

import io.vavr.control.Option;

/**
 * One case run: the value generated from some choices, what the check made of it, and the
 * choices the case actually consumed (clamped, trimmed), which replay it exactly.
 */
final class Trial<T> {

    /** How a case ended. */
    enum Kind {
        PASSED,
        DISCARDED,
        CHECK_FAILED,
        GENERATION_FAILED
    }

    final Kind kind;
    final Option<T> value;
    final Option<Throwable> failure;
    final String discardReason;
    final long[] choices;

    private Trial(Kind kind, Option<T> value, Option<Throwable> failure, String discardReason, long[] choices) {
        this.kind = kind;
        this.value = value;
        this.failure = failure;
        this.discardReason = discardReason;
        this.choices = choices;
    }

    /** Generates a value from {@code choices} and checks it; never throws but for fatal VM errors. */
    static <T> Trial<T> run(Gen<T> gen, Check<? super T> check, Choices choices) {
        T value;
        try {
            value = gen.generate(choices);
        } catch (CaseDiscarded d) {
            return new Trial<>(Kind.DISCARDED, Option.none(), Option.none(), d.reason(), choices.recordedArray());
        } catch (Throwable t) {
            rethrowFatal(t);
            return new Trial<>(Kind.GENERATION_FAILED, Option.none(), Option.some(t), "", choices.recordedArray());
        }
        try {
            check.check(value);
            return new Trial<>(Kind.PASSED, Option.some(value), Option.none(), "", choices.recordedArray());
        } catch (CaseDiscarded d) {
            return new Trial<>(Kind.DISCARDED, Option.some(value), Option.none(), d.reason(), choices.recordedArray());
        } catch (Throwable t) {
            rethrowFatal(t);
            return new Trial<>(Kind.CHECK_FAILED, Option.some(value), Option.some(t), "", choices.recordedArray());
        }
    }

    /** Out-of-memory and the like end the run; a stack overflow is a finding like any other. */
    private static void rethrowFatal(Throwable t) {
        if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
            throw (VirtualMachineError) t;
        }
    }
}
