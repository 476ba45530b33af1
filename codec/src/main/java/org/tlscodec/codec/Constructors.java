package org.tlscodec.codec;

/**
 * Constructor shapes for {@link Codecs#struct}: one functional interface an arity, so a record's
 * canonical constructor ({@code ClientHello::new}) is passed as it is, from Java or Kotlin.
 */
public final class Constructors {
    private Constructors() {
    }

    /** A constructor of 1 field. */
    @FunctionalInterface
    public interface C1<A, R> {
        R apply(A f1);
    }

    /** A constructor of 2 fields. */
    @FunctionalInterface
    public interface C2<A, B, R> {
        R apply(A f1, B f2);
    }

    /** A constructor of 3 fields. */
    @FunctionalInterface
    public interface C3<A, B, C, R> {
        R apply(A f1, B f2, C f3);
    }

    /** A constructor of 4 fields. */
    @FunctionalInterface
    public interface C4<A, B, C, D, R> {
        R apply(A f1, B f2, C f3, D f4);
    }

    /** A constructor of 5 fields. */
    @FunctionalInterface
    public interface C5<A, B, C, D, E, R> {
        R apply(A f1, B f2, C f3, D f4, E f5);
    }

    /** A constructor of 6 fields. */
    @FunctionalInterface
    public interface C6<A, B, C, D, E, F, R> {
        R apply(A f1, B f2, C f3, D f4, E f5, F f6);
    }

    /** A constructor of 7 fields. */
    @FunctionalInterface
    public interface C7<A, B, C, D, E, F, G, R> {
        R apply(A f1, B f2, C f3, D f4, E f5, F f6, G f7);
    }

    /** A constructor of 8 fields. */
    @FunctionalInterface
    public interface C8<A, B, C, D, E, F, G, H, R> {
        R apply(A f1, B f2, C f3, D f4, E f5, F f6, G f7, H f8);
    }

    /** A constructor of 9 fields. */
    @FunctionalInterface
    public interface C9<A, B, C, D, E, F, G, H, I, R> {
        R apply(A f1, B f2, C f3, D f4, E f5, F f6, G f7, H f8, I f9);
    }

    /** A constructor of 10 fields. */
    @FunctionalInterface
    public interface C10<A, B, C, D, E, F, G, H, I, J, R> {
        R apply(A f1, B f2, C f3, D f4, E f5, F f6, G f7, H f8, I f9, J f10);
    }

    /** A constructor of 11 fields. */
    @FunctionalInterface
    public interface C11<A, B, C, D, E, F, G, H, I, J, K, R> {
        R apply(A f1, B f2, C f3, D f4, E f5, F f6, G f7, H f8, I f9, J f10, K f11);
    }

    /** A constructor of 12 fields. */
    @FunctionalInterface
    public interface C12<A, B, C, D, E, F, G, H, I, J, K, L, R> {
        R apply(A f1, B f2, C f3, D f4, E f5, F f6, G f7, H f8, I f9, J f10, K f11, L f12);
    }

    /** A constructor of 13 fields. */
    @FunctionalInterface
    public interface C13<A, B, C, D, E, F, G, H, I, J, K, L, M, R> {
        R apply(A f1, B f2, C f3, D f4, E f5, F f6, G f7, H f8, I f9, J f10, K f11, L f12, M f13);
    }

    /** A constructor of 14 fields. */
    @FunctionalInterface
    public interface C14<A, B, C, D, E, F, G, H, I, J, K, L, M, N, R> {
        R apply(A f1, B f2, C f3, D f4, E f5, F f6, G f7, H f8, I f9, J f10, K f11, L f12, M f13, N f14);
    }

    /** A constructor of 15 fields. */
    @FunctionalInterface
    public interface C15<A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, R> {
        R apply(A f1, B f2, C f3, D f4, E f5, F f6, G f7, H f8, I f9, J f10, K f11, L f12, M f13, N f14, O f15);
    }

    /** A constructor of 16 fields. */
    @FunctionalInterface
    public interface C16<A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, R> {
        R apply(A f1, B f2, C f3, D f4, E f5, F f6, G f7, H f8, I f9, J f10, K f11, L f12, M f13, N f14, O f15, P f16);
    }
}
