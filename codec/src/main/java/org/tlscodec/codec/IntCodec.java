package org.tlscodec.codec;

import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * A codec of a wire integer that fits an {@code int} (uint8, uint16, uint24), read and written
 * without boxing. The boxed {@link Codec} view exists only where generics need it.
 */
public interface IntCodec extends Codec<Integer> {

    int readInt(ByteReader in);

    void writeInt(ByteWriter out, int value);

    @Override
    default Integer read(ByteReader in) {
        return readInt(in);
    }

    @Override
    default void write(ByteWriter out, Integer value) {
        writeInt(out, value);
    }

    /**
     * A codec of {@code B} over this integer without boxing: the way registry types (cipher
     * suites, named groups, ...) are built, so interned constants cost no allocation to decode.
     */
    default <B> Codec<B> xmapInt(IntFunction<? extends B> decodeMap, ToIntFunction<? super B> encodeMap) {
        return IntMapped.of(this, decodeMap, encodeMap, "xmapInt(" + this + ")");
    }
}
