package org.tlscodec.bench.prototype;

import org.tlscodec.codec.ByteReader;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecFailure;
import org.tlscodec.codec.Constructors;
import org.tlscodec.codec.Field;

/**
 * Suggested {@code StructCodec}: one class an arity (as {@code Codecs.struct} already has one
 * overload an arity), each field's codec and getter in a final field of its own, the values in
 * locals, and the record's constructor called directly. Instead of an {@code Object[]} of values
 * and a generic {@code Function<Object[], R>} adapter in front of the constructor. Shown for the
 * arities the synthetic structure uses; the core would generate all sixteen.
 */
final class ProtoStructs {
    private ProtoStructs() {
    }

    static <R, A> Codec<R> struct(Field<R, A> f1, Constructors.C1<A, R> make) {
        return new Struct1<>(f1, make);
    }

    static <R, A, B> Codec<R> struct(Field<R, A> f1, Field<R, B> f2, Constructors.C2<A, B, R> make) {
        return new Struct2<>(f1, f2, make);
    }

    static <R, A, B, C, D, E, F> Codec<R> struct(Field<R, A> f1, Field<R, B> f2, Field<R, C> f3, Field<R, D> f4,
                                                 Field<R, E> f5, Field<R, F> f6, Constructors.C6<A, B, C, D, E, F, R> make) {
        return new Struct6<>(f1, f2, f3, f4, f5, f6, make);
    }

    static CodecFailure invalid(ByteReader in, int start, RuntimeException e) {
        if (e instanceof CodecFailure f) {
            return f;
        }
        return in.failAt(start, "the decoded fields make no valid value: " + e.getMessage());
    }

    // Each field's read and write is spelled out, not looped or delegated to a helper: a call site of
    // its own per field position keeps the JIT's type profile narrow enough to inline the field's codec.

    private static final class Struct1<R, A> implements Codec<R> {
        private final Field<R, A> f1;
        private final Constructors.C1<A, R> make;

        Struct1(Field<R, A> f1, Constructors.C1<A, R> make) {
            this.f1 = f1;
            this.make = make;
        }

        @Override
        public R read(ByteReader in) {
            int start = in.offset();
            A a;
            try {
                a = f1.codec().read(in);
            } catch (CodecFailure x) {
                throw x.under(f1.name());
            }
            try {
                return make.apply(a);
            } catch (RuntimeException x) {
                throw invalid(in, start, x);
            }
        }

        @Override
        public void write(ByteWriter out, R value) {
            try {
                f1.codec().write(out, f1.getter().apply(value));
            } catch (CodecFailure x) {
                throw x.under(f1.name());
            }
        }
    }

    private static final class Struct2<R, A, B> implements Codec<R> {
        private final Field<R, A> f1;
        private final Field<R, B> f2;
        private final Constructors.C2<A, B, R> make;

        Struct2(Field<R, A> f1, Field<R, B> f2, Constructors.C2<A, B, R> make) {
            this.f1 = f1;
            this.f2 = f2;
            this.make = make;
        }

        @Override
        public R read(ByteReader in) {
            int start = in.offset();
            A a;
            B b;
            String at = f1.name();
            try {
                a = f1.codec().read(in);
                at = f2.name();
                b = f2.codec().read(in);
            } catch (CodecFailure x) {
                throw x.under(at);
            }
            try {
                return make.apply(a, b);
            } catch (RuntimeException x) {
                throw invalid(in, start, x);
            }
        }

        @Override
        public void write(ByteWriter out, R value) {
            String at = f1.name();
            try {
                f1.codec().write(out, f1.getter().apply(value));
                at = f2.name();
                f2.codec().write(out, f2.getter().apply(value));
            } catch (CodecFailure x) {
                throw x.under(at);
            }
        }
    }

    private static final class Struct6<R, A, B, C, D, E, F> implements Codec<R> {
        private final Field<R, A> f1;
        private final Field<R, B> f2;
        private final Field<R, C> f3;
        private final Field<R, D> f4;
        private final Field<R, E> f5;
        private final Field<R, F> f6;
        private final Constructors.C6<A, B, C, D, E, F, R> make;

        Struct6(Field<R, A> f1, Field<R, B> f2, Field<R, C> f3, Field<R, D> f4, Field<R, E> f5, Field<R, F> f6,
                Constructors.C6<A, B, C, D, E, F, R> make) {
            this.f1 = f1;
            this.f2 = f2;
            this.f3 = f3;
            this.f4 = f4;
            this.f5 = f5;
            this.f6 = f6;
            this.make = make;
        }

        @Override
        public R read(ByteReader in) {
            int start = in.offset();
            A a;
            B b;
            C c;
            D d;
            E e;
            F f;
            String at = f1.name();
            try {
                a = f1.codec().read(in);
                at = f2.name();
                b = f2.codec().read(in);
                at = f3.name();
                c = f3.codec().read(in);
                at = f4.name();
                d = f4.codec().read(in);
                at = f5.name();
                e = f5.codec().read(in);
                at = f6.name();
                f = f6.codec().read(in);
            } catch (CodecFailure x) {
                throw x.under(at);
            }
            try {
                return make.apply(a, b, c, d, e, f);
            } catch (RuntimeException x) {
                throw invalid(in, start, x);
            }
        }

        @Override
        public void write(ByteWriter out, R value) {
            String at = f1.name();
            try {
                f1.codec().write(out, f1.getter().apply(value));
                at = f2.name();
                f2.codec().write(out, f2.getter().apply(value));
                at = f3.name();
                f3.codec().write(out, f3.getter().apply(value));
                at = f4.name();
                f4.codec().write(out, f4.getter().apply(value));
                at = f5.name();
                f5.codec().write(out, f5.getter().apply(value));
                at = f6.name();
                f6.codec().write(out, f6.getter().apply(value));
            } catch (CodecFailure x) {
                throw x.under(at);
            }
        }
    }
}
