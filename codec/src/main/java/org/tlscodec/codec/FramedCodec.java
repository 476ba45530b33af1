package org.tlscodec.codec;

/**
 * One value inside a length-prefixed region, as TLS carries an extension body
 * ({@code opaque extension_data<0..2^16-1>}, RFC 8446 section 4.2) or a handshake body
 * (uint24 length, section 4): the value must take the whole region, no more and no less.
 */
final class FramedCodec<A> implements Codec<A> {
    private final int width;
    private final long min;
    private final long max;
    private final Codec<A> inner;

    FramedCodec(int width, long min, long max, Codec<A> inner) {
        CodecSupport.checkBounds(width, min, max);
        this.width = width;
        this.min = min;
        this.max = max;
        this.inner = inner;
    }

    @Override
    public A read(ByteReader in) {
        int len = CodecSupport.readLength(in, width, min, max);
        int saved = in.enter(len);
        A value = inner.read(in);
        in.leave(saved);
        return value;
    }

    @Override
    public void write(ByteWriter out, A value) {
        int at = out.reserve(width);
        int start = out.size();
        inner.write(out, value);
        long n = out.size() - start;
        if (n < min || n > max) {
            throw new CodecFailure(new CodecError.LengthOutOfRange(Path.root(), at, min, max, n));
        }
        out.patch(at, width, n);
    }

    @Override
    public Rendered render(A value) {
        return inner.render(value);
    }

    @Override
    public String toString() {
        return "framed" + CodecSupport.bounds(min, max) + "(" + inner + ")";
    }
}
