package org.tlscodec.codec;

import java.util.function.Function;

/**
 * {@code struct { ... }} of RFC 8446 section 3.6: the fields in order, decoded straight into the
 * record's constructor. A failure inside a field is reported under the field's name.
 */
final class StructCodec<R> implements Codec<R> {
    private final Field<R, ?>[] fields;
    private final Function<Object[], R> make;

    StructCodec(Field<R, ?>[] fields, Function<Object[], R> make) {
        this.fields = fields.clone();
        this.make = make;
    }

    @Override
    public R read(ByteReader in) {
        int start = in.offset();
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            try {
                values[i] = fields[i].codec().read(in);
            } catch (CodecFailure f) {
                throw f.under(fields[i].name());
            }
        }
        try {
            return make.apply(values);
        } catch (CodecFailure f) {
            throw f;
        } catch (RuntimeException e) {
            throw in.failAt(start, "the decoded fields make no valid value: " + e.getMessage());
        }
    }

    @Override
    public void write(ByteWriter out, R value) {
        for (Field<R, ?> field : fields) {
            writeField(out, field, value);
        }
    }

    private static <R, A> void writeField(ByteWriter out, Field<R, A> field, R value) {
        try {
            field.codec().write(out, field.getter().apply(value));
        } catch (CodecFailure f) {
            throw f.under(field.name());
        }
    }

    @Override
    public Rendered render(R value) {
        io.vavr.collection.Vector<io.vavr.Tuple2<String, Rendered>> parts = io.vavr.collection.Vector.empty();
        for (Field<R, ?> field : fields) {
            parts = parts.append(io.vavr.Tuple.of(field.name(), renderField(field, value)));
        }
        return new Rendered.Fields(parts);
    }

    private static <R, A> Rendered renderField(Field<R, A> field, R value) {
        return field.codec().render(field.getter().apply(value));
    }

    @Override
    public String toString() {
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
