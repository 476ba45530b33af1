package org.tlscodec.codec;

import java.util.HashMap;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The codec a {@link Select} builds.
 *
 * <p>Two fast paths, because a select sits on every extension and every handshake message. When
 * the tag is an integer mapped to a value type (every registry is), decoding reads the tag as an
 * {@code int} and finds the case in a hash table of codes ({@link IntTable}), so a known tag costs no boxing and
 * no hashing; the value type is made only for an unknown tag. Encoding finds the case by the
 * code of the value's tag in the same table. (Finding it by the value's class instead, through a
 * ClassValue or an identity-hashed table, measured slower than this.)
 */
final class SelectCodec<T, A> implements Codec<A> {
    private final Select<T, A> spec;
    private final Select.@Nullable Raw<T, ?> unknownRaw;
    private final @Nullable BiFunction<? super T, Bytes, ? extends A> unknown;
    // A plain hash map, filled once and only read after: the lookup sits on every decode.
    private final HashMap<T, Select.Case<T, A>> byTag = new HashMap<>();
    private final @Nullable IntMapped<T> intTag;
    private final IntTable<Select.Case<T, A>> byCode;
    // True when a value of the unknown or malformed kind could also pass as some case's type (a
    // case typed by a supertype of theirs): only then must the encode fast path rule them out.
    private final boolean rawOverlapsCases;

    private final @Nullable String name;

    /** The codec, in a class of its own (see {@link CodecClones}). */
    static <T, A> Codec<A> of(Select<T, A> spec, Select.@Nullable Raw<T, ?> unknownRaw,
                              @Nullable BiFunction<? super T, Bytes, ? extends A> unknown) {
        return CodecClones.of(SelectCodec.class,
                java.lang.invoke.MethodType.methodType(void.class, Select.class, Select.Raw.class, BiFunction.class),
                new Object[] {spec, unknownRaw, unknown}, () -> new SelectCodec<>(spec, unknownRaw, unknown));
    }

    SelectCodec(Select<T, A> spec, Select.@Nullable Raw<T, ?> unknownRaw, @Nullable BiFunction<? super T, Bytes, ? extends A> unknown) {
        this(spec, unknownRaw, unknown, null);
    }

    private SelectCodec(Select<T, A> spec, Select.@Nullable Raw<T, ?> unknownRaw,
                        @Nullable BiFunction<? super T, Bytes, ? extends A> unknown, @Nullable String name) {
        this.name = name;
        this.spec = spec;
        this.unknownRaw = unknownRaw;
        this.unknown = unknown;
        for (Select.Case<T, A> c : spec.cases()) {
            byTag.put(c.tag(), c);
        }
        this.intTag = intMapped(spec.tag());
        @SuppressWarnings("unchecked")
        Select.Case<T, A>[] all = byTag.values().toArray(new Select.Case[0]);
        int[] codes = new int[all.length];
        for (int i = 0; i < all.length && intTag != null; i++) {
            codes[i] = intTag.codeOf(all[i].tag());
        }
        this.byCode = new IntTable<>(intTag != null ? codes : new int[0], all);
        boolean overlap = false;
        for (Select.Case<T, A> c : all) {
            overlap |= overlaps(c.type(), unknownRaw) || overlaps(c.type(), spec.malformedRaw());
        }
        this.rawOverlapsCases = overlap;
    }

    private static boolean overlaps(Class<?> caseType, Select.@Nullable Raw<?, ?> raw) {
        return raw != null && (caseType.isAssignableFrom(raw.type()) || raw.type().isAssignableFrom(caseType));
    }

    @SuppressWarnings("unchecked")
    private static <T> @Nullable IntMapped<T> intMapped(Codec<T> tag) {
        Codec<T> c = tag;
        while (c instanceof NamedCodec<T> named) {
            c = named.inner();
        }
        return c instanceof IntMapped<?> m ? (IntMapped<T>) m : null;
    }

    @Override
    public A read(ByteReader in) {
        int tagAt = in.offset();
        T tagValue;
        Select.Case<T, A> found;
        IntMapped<T> t = intTag;
        if (t != null) {
            int code = t.base().readInt(in);
            found = byCode.get(code);
            tagValue = found != null ? found.tag() : t.valueOf(code);
        } else {
            tagValue = spec.tag().read(in);
            found = byTag.get(tagValue);
        }
        int width = spec.width();
        int saved = 0;
        if (width > 0) {
            saved = in.enter(CodecSupport.readLength(in, width, 0, CodecSupport.maxFor(width)));
        }
        A value;
        if (found == null) {
            if (unknown == null) {
                throw new CodecFailure(new CodecError.UnknownTag(Path.root(), tagAt, String.valueOf(tagValue)));
            }
            value = unknown.apply(tagValue, in.readRemaining());
        } else {
            value = readCase(in, found, tagValue);
        }
        if (width > 0) {
            try {
                in.leave(saved);
            } catch (CodecFailure f) {
                throw f.under(found == null ? String.valueOf(tagValue) : found.name());
            }
        }
        return value;
    }

    private A readBody(Select.Case<T, A> c, ByteReader in) {
        return spec.hasLargeCases() ? SharedSite.read(c.codec(), in) : c.codec().read(in);
    }

    private A readCase(ByteReader in, Select.Case<T, A> c, T tagValue) {
        Select.MalformedFactory<T, ? extends A> malformed = spec.malformed();
        if (malformed == null) {
            try {
                return readBody(c, in);
            } catch (CodecFailure f) {
                throw f.under(c.name());
            }
        }
        long mark = in.mark();
        int depth = in.depth();
        try {
            A value = readBody(c, in);
            if (spec.width() > 0 && !in.atLimit()) {
                throw new CodecFailure(new CodecError.TrailingBytes(Path.root(), in.offset(), in.remaining()));
            }
            return value;
        } catch (CodecFailure f) {
            if (f.error().needsMoreInput() && depth == 0) {
                throw f.under(c.name()); // the input ended: more bytes may come, this is not malformed
            }
            in.restore(mark, depth);
            return malformed.make(tagValue, in.readRemaining(), f.under(c.name()).error());
        }
    }

    @Override
    public void write(ByteWriter out, A value) {
        IntMapped<T> t = intTag;
        if (t != null) {
            T tagValue = spec.tagOf(value);
            int code = t.codeOf(tagValue);
            Select.Case<T, A> c = byCode.get(code);
            if (c != null && (value.getClass() == c.type() || c.type().isInstance(value)) && !(rawOverlapsCases && isRaw(value))) {
                writeKnown(out, t, code, c, value);
                return;
            }
        }
        writeGeneral(out, value);
    }

    private boolean isRaw(A value) {
        Select.Raw<T, ?> malformedRaw = spec.malformedRaw();
        return unknownRaw != null && unknownRaw.type().isInstance(value)
                || malformedRaw != null && malformedRaw.type().isInstance(value);
    }

    // The value is known to be of the case's type here: no second check, no cast.
    @SuppressWarnings("unchecked")
    private void writeKnown(ByteWriter out, IntMapped<T> t, int code, Select.Case<T, A> c, A value) {
        t.base().writeInt(out, code);
        int width = spec.width();
        int at = width > 0 ? out.reserve(width) : 0;
        int start = out.size();
        try {
            Codec<A> body = (Codec<A>) c.codec();
            if (spec.hasLargeCases()) {
                SharedSite.write(body, out, value);
            } else {
                body.write(out, value);
            }
        } catch (CodecFailure f) {
            throw f.under(c.name());
        }
        if (width > 0) {
            patchLength(out, at, start, width);
        }
    }

    private static void patchLength(ByteWriter out, int at, int start, int width) {
        long n = out.size() - start;
        long max = CodecSupport.maxFor(width);
        if (n > max) {
            throw new CodecFailure(new CodecError.LengthOutOfRange(Path.root(), at, 0, max, n));
        }
        out.patch(at, width, n);
    }

    private void writeGeneral(ByteWriter out, A value) {
        T tagValue = spec.tagOf(value);
        spec.tag().write(out, tagValue);
        int width = spec.width();
        int at = width > 0 ? out.reserve(width) : 0;
        int start = out.size();
        Select.Raw<T, ?> malformedRaw = spec.malformedRaw();
        if (unknownRaw != null && unknownRaw.type().isInstance(value)) {
            out.writeBytes(unknownRaw.bodyOf(value));
        } else if (malformedRaw != null && malformedRaw.type().isInstance(value)) {
            out.writeBytes(malformedRaw.bodyOf(value));
        } else {
            Select.Case<T, A> found = byTag.get(tagValue);
            if (found == null) {
                throw new CodecFailure(new CodecError.UnknownTag(Path.root(), start, String.valueOf(tagValue)));
            }
            writeCase(out, found, value);
        }
        if (width > 0) {
            patchLength(out, at, start, width);
        }
    }

    private static <T, A, B extends A> void writeCase(ByteWriter out, Select.Case<T, A> c, A value) {
        @SuppressWarnings("unchecked")
        Select.Case<T, B> typed = (Select.Case<T, B>) (Select.Case<T, ?>) c;
        if (!typed.type().isInstance(value)) {
            throw CodecSupport.encodeInvalid(out, "tag " + c.tag() + " takes a " + c.type().getSimpleName()
                    + ", not a " + value.getClass().getSimpleName()).under(c.name());
        }
        @SuppressWarnings("unchecked")
        Codec<B> codec = (Codec<B>) typed.codec();
        try {
            codec.write(out, typed.type().cast(value));
        } catch (CodecFailure f) {
            throw f.under(c.name());
        }
    }

    @Override
    public Rendered render(A value) {
        T tagValue = spec.tagOf(value);
        Rendered tag = spec.tag().render(tagValue);
        Select.Raw<T, ?> malformedRaw = spec.malformedRaw();
        if (unknownRaw != null && unknownRaw.type().isInstance(value)) {
            return new Rendered.Variant(tag, "unknown", new Rendered.Octets(unknownRaw.bodyOf(value)));
        }
        Select.Case<T, A> found = byTag.get(tagValue);
        String name = found == null ? String.valueOf(tagValue) : found.name();
        if (malformedRaw != null && malformedRaw.type().isInstance(value)) {
            return new Rendered.Variant(tag, name + " (malformed)", new Rendered.Octets(malformedRaw.bodyOf(value)));
        }
        if (found == null || !found.type().isInstance(value)) {
            return new Rendered.Variant(tag, name, Rendered.of(value));
        }
        return new Rendered.Variant(tag, name, renderCase(found, value));
    }

    @SuppressWarnings("unchecked")
    private static <T, A, B extends A> Rendered renderCase(Select.Case<T, A> c, A value) {
        Select.Case<T, B> typed = (Select.Case<T, B>) (Select.Case<T, ?>) c;
        return ((Codec<B>) typed.codec()).render(typed.type().cast(value));
    }

    /** A renamed copy, not a wrapper: a select sits on every extension and message, so a call less counts. */
    @Override
    public Codec<A> named(String newName) {
        return new SelectCodec<>(spec, unknownRaw, unknown, newName);
    }

    @Override
    public String toString() {
        if (name != null) {
            return name;
        }
        StringBuilder sb = new StringBuilder("select(").append(spec.tag());
        if (spec.width() > 0) {
            sb.append(", framed uint").append(8 * spec.width());
        }
        sb.append("){");
        boolean first = true;
        for (Select.Case<T, A> c : spec.cases()) {
            sb.append(first ? "" : ", ").append(c.name()).append(": ").append(c.codec());
            first = false;
        }
        sb.append(unknown == null ? "; unknown: error" : "; unknown: raw");
        if (spec.malformed() != null) {
            sb.append("; malformed: raw");
        }
        return sb.append('}').toString();
    }
}
