package org.tlscodec.codec;

import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * {@link IntCodec#xmapInt}: an unboxed integer mapped to a value type. Every registry value is read
 * through one of these, so {@link #named} answers a renamed copy rather than a wrapper: one call
 * less on every cipher suite, group and extension type.
 *
 * <p>Each one is a class of its own ({@link CodecClones}): with one shared class, the mapping
 * calls in {@link #codeOf} and {@link #write} were one call site for all 44 registries, which the
 * JIT cannot inline (a ClientHello's encode spent a tenth of its time in that site's interface
 * dispatch); with a copy a registry, each sees one mapping.
 */
final class IntMappedCodec<B> implements IntMapped<B> {
    private final IntCodec base;
    private final IntFunction<? extends B> decodeMap;
    private final ToIntFunction<? super B> encodeMap;
    private final String name;

    IntMappedCodec(IntCodec base, IntFunction<? extends B> decodeMap, ToIntFunction<? super B> encodeMap, String name) {
        this.base = base;
        this.decodeMap = decodeMap;
        this.encodeMap = encodeMap;
        this.name = name;
    }

    @Override
    public Codec<B> named(String newName) {
        return IntMapped.of(base, decodeMap, encodeMap, newName);
    }

    @Override
    public IntCodec base() {
        return base;
    }

    @Override
    public B valueOf(int code) {
        return decodeMap.apply(code);
    }

    @Override
    public int codeOf(B value) {
        return encodeMap.applyAsInt(value);
    }

    @Override
    public B read(ByteReader in) {
        return decodeMap.apply(base.readInt(in));
    }

    @Override
    public void write(ByteWriter out, B value) {
        base.writeInt(out, encodeMap.applyAsInt(value));
    }

    @Override
    public String toString() {
        return name;
    }
}
