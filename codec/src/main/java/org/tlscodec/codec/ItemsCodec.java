package org.tlscodec.codec;

import io.vavr.collection.Vector;

/**
 * {@code itemsToEnd}: elements one after another up to the end of the enclosing region, with no
 * length of their own — QUIC's transport parameters (RFC 9000 section 18), NPN's server protocol
 * list. An element that takes no byte is an error, so decoding always ends.
 */
final class ItemsCodec<A> implements Codec<Vector<A>> {
    private final Codec<A> element;

    ItemsCodec(Codec<A> element) {
        this.element = element;
    }

    /**
     * Reads elements until the current limit. They are gathered on the reader's stack and copied
     * once into an array of the exact count, which Vavr keeps as the vector's leaf: no list that
     * grows, no second copy.
     */
    @SuppressWarnings("unchecked")
    static <A> Vector<A> readItems(ByteReader in, Codec<A> element) {
        if (in.atLimit()) {
            return Vector.empty();
        }
        int base = in.gatherBase();
        int i = 0;
        try {
            while (!in.atLimit()) {
                int before = in.offset();
                A item;
                try {
                    item = element.read(in);
                } catch (CodecFailure f) {
                    throw f.underIndex(i);
                }
                if (in.offset() == before) {
                    // An element of no bytes would repeat forever: never loop on input.
                    throw in.fail("element took no bytes, so the list could never end").underIndex(i);
                }
                in.gather(item);
                i++;
            }
            return Vector.of((A[]) in.gathered(base));
        } catch (RuntimeException e) {
            in.ungather(base);
            throw e;
        }
    }

    static <A> void writeItems(ByteWriter out, Codec<A> element, Vector<A> items) {
        for (int i = 0, n = items.size(); i < n; i++) {
            try {
                element.write(out, items.get(i));
            } catch (CodecFailure f) {
                throw f.underIndex(i);
            }
        }
    }

    @Override
    public Vector<A> read(ByteReader in) {
        return readItems(in, element);
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
