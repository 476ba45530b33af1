package org.tlscodec.codec;

import java.util.function.Function;

/**
 * {@code dependent}: a head value chooses the codec of what follows, as a version or a type
 * field decides the shape of the rest. The head is written from the value, so the two never disagree.
 */
final class DependentCodec<H, B> implements Codec<B> {
    private final Codec<H> head;
    private final Function<? super H, ? extends Codec<B>> body;
    private final Function<? super B, ? extends H> headOf;

    DependentCodec(Codec<H> head, Function<? super H, ? extends Codec<B>> body, Function<? super B, ? extends H> headOf) {
        this.head = head;
        this.body = body;
        this.headOf = headOf;
    }

    @Override
    public B read(ByteReader in) {
        return body.apply(head.read(in)).read(in);
    }

    @Override
    public void write(ByteWriter out, B value) {
        H h = headOf.apply(value);
        head.write(out, h);
        body.apply(h).write(out, value);
    }

    @Override
    public Rendered render(B value) {
        return body.apply(headOf.apply(value)).render(value);
    }

    @Override
    public String toString() {
        return "dependent(" + head + " -> ...)";
    }
}
