package org.tlscodec.codec;

import io.vavr.control.Option;
import org.jspecify.annotations.Nullable;

/**
 * {@code optional}: a value that is present when bytes remain in the enclosing region, as the
 * extensions block of a ClientHello is absent in hellos before RFC 3546 (RFC 5246 section 7.4.1.2);
 * or, with a guard codec, present when the guard decodes to true.
 */
final class OptionalCodec<A> implements Codec<Option<A>> {
    private final @Nullable Codec<Boolean> guard;
    private final Codec<A> inner;

    OptionalCodec(@Nullable Codec<Boolean> guard, Codec<A> inner) {
        this.guard = guard;
        this.inner = inner;
    }

    @Override
    public Option<A> read(ByteReader in) {
        boolean present = guard == null ? !in.atLimit() : guard.read(in);
        return present ? Option.some(inner.read(in)) : Option.none();
    }

    @Override
    public void write(ByteWriter out, Option<A> value) {
        if (guard != null) {
            guard.write(out, value.isDefined());
        }
        if (value.isDefined()) {
            inner.write(out, value.get());
        }
    }

    @Override
    public Rendered render(Option<A> value) {
        return value.isDefined() ? inner.render(value.get()) : new Rendered.Absent();
    }

    @Override
    public String toString() {
        return guard == null ? "optional(" + inner + ")" : "optional(" + guard + ", " + inner + ")";
    }
}
