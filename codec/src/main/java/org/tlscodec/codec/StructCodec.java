package org.tlscodec.codec;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;

/**
 * {@code struct { ... }} of RFC 8446 section 3.6: the fields in order, decoded straight into the
 * record's constructor. A failure inside a field is reported under the field's name. The hot paths
 * ({@code read}, {@code write}) are spelled out once an arity in {@link Structs}; this base holds
 * what every arity shares: the fields for rendering, printing and error paths.
 */
abstract class StructCodec<R> implements Codec<R> {
    private final Field<?, ?>[] fields;

    StructCodec(Field<?, ?>[] fields) {
        this.fields = fields;
    }

    final String fieldName(int index) {
        return fields[index].name();
    }

    /**
     * What a failure at field {@code at} (or in the constructor, {@code at == -1}) becomes: a field's
     * failure gets the field's name on its path; a constructor that rejects the decoded fields is
     * {@link CodecError.Invalid} at the struct's start; any other throw travels on, to be reported
     * as {@link CodecError.Unexpected} by the public API.
     */
    final RuntimeException failed(ByteReader in, int start, int at, RuntimeException x) {
        if (x instanceof CodecFailure f) {
            return at < 0 ? f : f.under(fields[at].name());
        }
        if (at < 0) {
            return in.failAt(start, "the decoded fields make no valid value: " + x.getMessage());
        }
        return x;
    }

    @Override
    public final Rendered render(R value) {
        Vector<Tuple2<String, Rendered>> parts = Vector.empty();
        for (Field<?, ?> field : fields) {
            parts = parts.append(Tuple.of(field.name(), renderField(field, value)));
        }
        return new Rendered.Fields(parts);
    }

    @SuppressWarnings("unchecked")
    private static <R, A> Rendered renderField(Field<?, ?> field, R value) {
        Field<R, A> typed = (Field<R, A>) field;
        return typed.codec().render(typed.getter().apply(value));
    }

    @Override
    public final String toString() {
        StringBuilder sb = new StringBuilder("struct(");
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(fields[i]);
        }
        return sb.append(')').toString();
    }
}
