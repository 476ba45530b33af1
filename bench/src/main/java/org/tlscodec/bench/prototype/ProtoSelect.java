package org.tlscodec.bench.prototype;

import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.tlscodec.codec.ByteReader;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.CodecFailure;
import org.tlscodec.codec.IntCodec;
import org.tlscodec.codec.Path;

/**
 * Suggested specialisation of {@code SelectCodec} for an {@link IntCodec} tag, framed.
 *
 * <p>Decoding: the tag is read with {@link IntCodec#readInt} and found in an {@code int[]},
 * instead of being boxed and looked up in a Vavr map that answers an {@code Option}. The unknown
 * case is made from the {@code int} by an int-taking factory, and its body is sliced at once,
 * without entering and leaving a region around it (its length was checked against what remains
 * all the same, so the errors are the core's).
 *
 * <p>Encoding: a value whose class is the class of exactly one case is written as that case, tag
 * included, found by comparing classes: no call through the union's {@code tagOf}, which is
 * megamorphic (one receiver class per case), and no boxing. The unknown case's tag comes from an
 * accessor of its own class, which stays monomorphic; {@code tagOf} is left for values of any
 * other class.
 */
final class ProtoSelect<A> implements Codec<A> {

    /** Makes the unknown case from its tag and body, without boxing the tag. */
    @FunctionalInterface
    interface IntBody<U> {
        U make(int tag, Bytes body);
    }

    private final IntCodec tag;
    private final ToIntFunction<? super A> tagOf;
    private final int width;
    private final long maxLength;
    private final int[] tags;
    private final String[] names;
    private final Codec<? extends A>[] codecs;
    private final Class<? extends A>[] types;
    private final Class<? extends A> unknownType;
    private final IntBody<? extends A> unknown;
    private final Function<Object, Bytes> unknownBody;
    private final ToIntFunction<Object> unknownTagOf;

    @SuppressWarnings("unchecked")
    <U extends A> ProtoSelect(IntCodec tag, ToIntFunction<? super A> tagOf, int width, int[] tags, String[] names,
                              Class<?>[] types, Codec<?>[] codecs, Class<U> unknownType, IntBody<U> unknown,
                              ToIntFunction<? super U> unknownTagOf, Function<? super U, Bytes> unknownBody) {
        this.tag = tag;
        this.tagOf = tagOf;
        this.width = width;
        this.maxLength = (1L << (8 * width)) - 1;
        this.tags = tags.clone();
        this.names = names.clone();
        this.types = (Class<? extends A>[]) types.clone();
        this.codecs = (Codec<? extends A>[]) codecs.clone();
        this.unknownType = unknownType;
        this.unknown = unknown;
        this.unknownBody = v -> unknownBody.apply(unknownType.cast(v));
        this.unknownTagOf = v -> unknownTagOf.applyAsInt(unknownType.cast(v));
        for (int i = 0; i < types.length; i++) {
            for (int j = i + 1; j < types.length; j++) {
                if (types[i] == types[j]) {
                    throw new IllegalArgumentException("two cases of class " + types[i].getSimpleName() + ": use the core's select");
                }
            }
        }
    }

    /** The case whose class is exactly {@code type}, or -1. */
    private int indexOfClass(Class<?> type) {
        Class<? extends A>[] ts = types;
        for (int i = 0; i < ts.length; i++) {
            if (ts[i] == type) {
                return i;
            }
        }
        return -1;
    }

    /** A handful of cases: a scan of an int[] beats hashing; a large set would use a sorted array or a table. */
    private int indexOf(int t) {
        int[] ts = tags;
        for (int i = 0; i < ts.length; i++) {
            if (ts[i] == t) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public A read(ByteReader in) {
        int t = tag.readInt(in);
        int length = ProtoSupport.readLength(in, width, 0, maxLength);
        int i = indexOf(t);
        if (i < 0) {
            // A raw body is one slice: no region to enter and leave around it.
            return unknown.make(t, in.readBytes(length));
        }
        int saved = in.enter(length);
        A value;
        try {
            value = codecs[i].read(in);
        } catch (CodecFailure f) {
            throw f.under(names[i]);
        }
        try {
            in.leave(saved);
        } catch (CodecFailure f) {
            throw f.under(names[i]);
        }
        return value;
    }

    @Override
    public void write(ByteWriter out, A value) {
        Class<?> type = value.getClass();
        int i = indexOfClass(type);
        int t;
        boolean raw = false;
        if (i >= 0) {
            t = tags[i];
        } else if (type == unknownType) {
            t = unknownTagOf.applyAsInt(value);
            raw = true;
        } else {
            t = tagOf.applyAsInt(value);
            raw = unknownType.isInstance(value);
            i = raw ? -1 : indexOf(t);
            if (!raw && i < 0) {
                throw new CodecFailure(new CodecError.UnknownTag(Path.root(), out.size(), String.valueOf(t)));
            }
        }
        tag.writeInt(out, t);
        int at = out.reserve(width);
        int start = out.size();
        if (raw) {
            out.writeBytes(unknownBody.apply(value));
        } else {
            writeCase(out, i, value);
        }
        long n = out.size() - start;
        if (n > maxLength) {
            throw new CodecFailure(new CodecError.LengthOutOfRange(Path.root(), at, 0, maxLength, n));
        }
        out.patch(at, width, n);
    }

    private <B extends A> void writeCase(ByteWriter out, int i, A value) {
        @SuppressWarnings("unchecked")
        Class<B> type = (Class<B>) types[i];
        if (!type.isInstance(value)) {
            throw new CodecFailure(new CodecError.Invalid(Path.root(), out.size(), "tag " + tags[i] + " takes a "
                    + type.getSimpleName() + ", not a " + value.getClass().getSimpleName())).under(names[i]);
        }
        @SuppressWarnings("unchecked")
        Codec<B> codec = (Codec<B>) codecs[i];
        try {
            codec.write(out, type.cast(value));
        } catch (CodecFailure f) {
            throw f.under(names[i]);
        }
    }

    @Override
    public String toString() {
        return "protoSelect(" + tag + ", framed uint" + (8 * width) + ")";
    }
}
