package org.tlscodec.codec;

/** A codec of a wire integer held in a {@code long} (uint32, uint64), read and written without boxing. */
public interface LongCodec extends Codec<Long> {

    long readLong(ByteReader in);

    void writeLong(ByteWriter out, long value);

    @Override
    default Long read(ByteReader in) {
        return readLong(in);
    }

    @Override
    default void write(ByteWriter out, Long value) {
        writeLong(out, value);
    }
}
