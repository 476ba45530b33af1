package org.tlscodec.codec;

import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * A decoded value as a tree of named parts, made by the same codec that decoded it
 * ({@link Codec#render}), so field names are the RFC's names from the definition. The tree is
 * printed indented ({@link RenderedText}) or turned into JSON by the caller.
 */
public sealed interface Rendered {

    /** An integer field. */
    record Number(long value) implements Rendered {
    }

    /** A registry code with its name, if registered. */
    record Code(int code, int width, Option<String> name) implements Rendered {
        public String hex() {
            return String.format("0x%0" + (2 * width) + "x", code);
        }
    }

    /** Opaque bytes. */
    record Octets(Bytes bytes) implements Rendered {
    }

    /** Anything else, as text. */
    record Text(String text) implements Rendered {
    }

    /** An absent optional field. */
    record Absent() implements Rendered {
    }

    /** A struct: named fields, in wire order. */
    record Fields(Vector<Tuple2<String, Rendered>> fields) implements Rendered {
    }

    /** A vector: elements, in wire order. */
    record Items(Vector<Rendered> items) implements Rendered {
    }

    /** One case of a select: its tag, the case's name, and its body. */
    record Variant(Rendered tag, String name, Rendered body) implements Rendered {
    }

    /** The default rendering of a value whose codec has no structure to add. */
    static Rendered of(Object value) {
        if (value instanceof Rendered r) {
            return r;
        }
        if (value instanceof Bytes b) {
            return new Octets(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return new Number(((java.lang.Number) value).longValue());
        }
        if (value instanceof Coded c) {
            return new Code(c.code(), c.codeWidth(), c.name());
        }
        if (value instanceof Option<?> o) {
            return o.isDefined() ? of(o.get()) : new Absent();
        }
        if (value instanceof Vector<?> v) {
            return new Items(v.map(Rendered::of));
        }
        return new Text(String.valueOf(value));
    }
}
