package org.tlscodec.codec;

/** {@code named}: the same codec, printing as a short name (registry types, recursive codecs). */
final class NamedCodec<A> implements Codec<A> {
    private final String name;
    private final Codec<A> inner;

    NamedCodec(String name, Codec<A> inner) {
        this.name = name;
        this.inner = inner;
    }

    Codec<A> inner() {
        return inner;
    }

    @Override
    public A read(ByteReader in) {
        return inner.read(in);
    }

    @Override
    public void write(ByteWriter out, A value) {
        inner.write(out, value);
    }

    @Override
    public Rendered render(A value) {
        return inner.render(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
