package org.tlscodec.tls.extension;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import org.tlscodec.codec.ByteReader;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecFailure;
import org.tlscodec.codec.Rendered;

/**
 * Elements one after another up to the end of the enclosing region, with no length of their own:
 * the form of QUIC's transport parameters (RFC 9000 section 18) and of NPN's server protocol list,
 * which the TLS presentation language has no word for (its vectors always carry a length).
 * Hand-written because no combinator reads "until the region ends"; an element that takes no byte
 * is an error, so decoding always ends.
 */
final class ItemsToEnd<A> implements Codec<Vector<A>> {
    private final Codec<A> element;

    private ItemsToEnd(Codec<A> element) {
        this.element = element;
    }

    static <A> Codec<Vector<A>> of(Codec<A> element) {
        return new ItemsToEnd<>(element);
    }

    @Override
    public Vector<A> read(ByteReader in) {
        ArrayList<A> items = new ArrayList<>();
        int i = 0;
        while (!in.atLimit()) {
            int before = in.offset();
            try {
                items.add(element.read(in));
            } catch (CodecFailure f) {
                throw f.underIndex(i);
            }
            if (in.offset() == before) {
                throw in.fail("element took no bytes, so the list could never end").underIndex(i);
            }
            i++;
        }
        return Vector.ofAll(items);
    }

    @Override
    public void write(ByteWriter out, Vector<A> value) {
        int i = 0;
        for (A a : value) {
            try {
                element.write(out, a);
            } catch (CodecFailure f) {
                throw f.underIndex(i);
            }
            i++;
        }
    }

    @Override
    public Rendered render(Vector<A> value) {
        return new Rendered.Items(value.map(element::render));
    }

    @Override
    public String toString() {
        return "to_end(" + element + ")";
    }
}
