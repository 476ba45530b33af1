package org.tlscodec.bench.prototype;

import org.tlscodec.codec.ByteReader;

/** The core's length check, repeated here because {@code CodecSupport} is package-private. */
final class ProtoSupport {
    private ProtoSupport() {
    }

    static int readLength(ByteReader in, int width, long min, long max) {
        int at = in.offset();
        long len = in.readUnsigned(width);
        if (len < min || len > max) {
            throw in.lengthOutOfRange(at, min, max, len);
        }
        in.require(len);
        return (int) len;
    }
}
