package org.tlscodec.codec;

import io.vavr.control.Option;
import java.util.function.Function;

/**
 * {@code lenient}: for a dissector that must go on. If the strict codec fails on malformed bytes,
 * the rest of the enclosing region is kept as a recovered value, with the error; the recovered
 * value is written back as exactly those bytes. It stands last in its region, and the strict codec
 * must fill the region: leftover bytes count as a failure. A plain "the input ended" ({@link CodecError.Truncated}
 * outside any length-prefixed region) is not recovered: more bytes may still come.
 */
final class LenientCodec<A> implements Codec<A> {
    private final Codec<A> strict;
    private final Codecs.Recover<? extends A> recover;
    private final Function<? super A, Option<Bytes>> rawOf;

    LenientCodec(Codec<A> strict, Codecs.Recover<? extends A> recover, Function<? super A, Option<Bytes>> rawOf) {
        this.strict = strict;
        this.recover = recover;
        this.rawOf = rawOf;
    }

    @Override
    public A read(ByteReader in) {
        long mark = in.mark();
        int depth = in.depth();
        try {
            A value = strict.read(in);
            if (!in.atLimit()) {
                throw new CodecFailure(new CodecError.TrailingBytes(Path.root(), in.offset(), in.remaining()));
            }
            return value;
        } catch (CodecFailure f) {
            if (f.error().needsMoreInput() && depth == 0) {
                throw f;
            }
            in.restore(mark, depth);
            return recover.recover(in.readRemaining(), f.error());
        }
    }

    @Override
    public void write(ByteWriter out, A value) {
        Option<Bytes> raw = rawOf.apply(value);
        if (raw.isDefined()) {
            out.writeBytes(raw.get());
        } else {
            strict.write(out, value);
        }
    }

    @Override
    public Rendered render(A value) {
        Option<Bytes> raw = rawOf.apply(value);
        return raw.isDefined() ? Rendered.of(value) : strict.render(value);
    }

    @Override
    public String toString() {
        return "lenient(" + strict + ")";
    }
}
