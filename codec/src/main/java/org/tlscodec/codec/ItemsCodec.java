package org.tlscodec.codec;

import io.vavr.collection.Vector;
import java.util.ArrayList;

/**
 * {@code itemsToEnd}: elements one after another up to the end of the enclosing region, with no
 * length of their own — QUIC's transport parameters (RFC 9000 section 18), NPN's server protocol
 * list. Also the element loop of {@link VectorCodec}, which adds the length around it. An element
 * that takes no byte is an error, so decoding always ends.
 */
final class ItemsCodec<A> implements Codec<Vector<A>> {
    private final Codec<A> element;

    ItemsCodec(Codec<A> element) {
        this.element = element;
    }

    /** Reads elements until the current limit; {@code sizeHint} bounds the first allocation. */
    static <A> Vector<A> readItems(ByteReader in, Codec<A> element, int sizeHint) {
        ArrayList<A> items = new ArrayList<>(Math.min(sizeHint, 16));
        int i = 0;
        while (!in.atLimit()) {
            int before = in.offset();
            try {
                items.add(element.read(in));
            } catch (CodecFailure f) {
                throw f.underIndex(i);
            }
            if (in.offset() == before) {
                // An element of no bytes would repeat forever: never loop on input.
                throw in.fail("element took no bytes, so the list could never end").underIndex(i);
            }
            i++;
        }
        return Vector.ofAll(items);
    }

    static <A> void writeItems(ByteWriter out, Codec<A> element, Vector<A> items) {
        int i = 0;
        for (A a : items) {
            try {
                element.write(out, a);
            } catch (CodecFailure f) {
                throw f.underIndex(i);
            }
            i++;
        }
    }

    @Override
    public Vector<A> read(ByteReader in) {
        return readItems(in, element, in.remaining());
    }

    @Override
    public void write(ByteWriter out, Vector<A> value) {
        writeItems(out, element, value);
    }

    @Override
    public Rendered render(Vector<A> value) {
        return new Rendered.Items(value.map(element::render));
    }

    @Override
    public String toString() {
        return "itemsToEnd(" + element + ")";
    }
}
