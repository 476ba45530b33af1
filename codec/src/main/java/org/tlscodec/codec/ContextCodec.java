package org.tlscodec.codec;

/** {@code withContext}: names a part of a structure in the path of every error inside it. */
final class ContextCodec<A> implements Codec<A> {
    private final String name;
    private final Codec<A> inner;

    ContextCodec(String name, Codec<A> inner) {
        this.name = name;
        this.inner = inner;
    }

    @Override
    public A read(ByteReader in) {
        try {
            return inner.read(in);
        } catch (CodecFailure f) {
            throw f.under(name);
        }
    }

    @Override
    public void write(ByteWriter out, A value) {
        try {
            inner.write(out, value);
        } catch (CodecFailure f) {
            throw f.under(name);
        }
    }

    @Override
    public Rendered render(A value) {
        return inner.render(value);
    }

    @Override
    public String toString() {
        return "withContext(\"" + name + "\", " + inner + ")";
    }
}
