package org.tlscodec.codec;

import io.vavr.control.Option;

/**
 * {@code conditional}: a field present only where the definition says so, decided before the
 * bytes are read (as the version-dependent parts of TLS are chosen from context).
 */
final class ConditionalCodec<A> implements Codec<Option<A>> {
    private final boolean included;
    private final Codec<A> inner;

    ConditionalCodec(boolean included, Codec<A> inner) {
        this.included = included;
        this.inner = inner;
    }

    @Override
    public Option<A> read(ByteReader in) {
        return included ? Option.some(inner.read(in)) : Option.none();
    }

    @Override
    public void write(ByteWriter out, Option<A> value) {
        if (value.isDefined() != included) {
            throw CodecSupport.encodeInvalid(out, included ? "the field is required here" : "the field is not allowed here");
        }
        if (included) {
            inner.write(out, value.get());
        }
    }

    @Override
    public Rendered render(Option<A> value) {
        return value.isDefined() ? inner.render(value.get()) : new Rendered.Absent();
    }

    @Override
    public String toString() {
        return "conditional(" + included + ", " + inner + ")";
    }
}
