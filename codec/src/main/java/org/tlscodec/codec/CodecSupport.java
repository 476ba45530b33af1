package org.tlscodec.codec;

/** Helpers shared by the built-in codecs. */
final class CodecSupport {
    private CodecSupport() {
    }

    /** A codec broke its contract by throwing; the user still gets a value, never the throw. */
    static CodecError unexpected(int offset, Throwable e) {
        if (e instanceof StackOverflowError) {
            return new CodecError.Invalid(Path.root(), offset, "structure nested too deeply");
        }
        return new CodecError.Unexpected(Path.root(), offset, "codec raised " + e);
    }

    static long maxFor(int width) {
        return width >= 8 ? Long.MAX_VALUE : (1L << (8 * width)) - 1;
    }

    static void checkWidth(int width) {
        if (width < 1 || width > 4) {
            throw new IllegalArgumentException("length width must be 1 to 4 bytes, got " + width);
        }
    }

    static void checkBounds(int width, long min, long max) {
        checkWidth(width);
        if (min < 0 || min > max || max > maxFor(width)) {
            throw new IllegalArgumentException("bounds <" + min + ".." + max + "> do not fit a " + width + "-byte length");
        }
    }

    /** {@code <min..max>}, with 2^k-1 style maxima written as the RFC writes them. */
    static String bounds(long min, long max) {
        return "<" + min + ".." + pow(max) + ">";
    }

    private static String pow(long v) {
        for (int k = 8; k <= 32; k += 8) {
            if (v == (1L << k) - 1) {
                return "2^" + k + "-1";
            }
            if (v == (1L << k) - 2) {
                return "2^" + k + "-2";
            }
        }
        return Long.toString(v);
    }

    /** Reads an unsigned length of {@code width} bytes and checks it against bounds, before anything is allocated. */
    static int readLength(ByteReader in, int width, long min, long max) {
        int at = in.offset();
        long len = in.readUnsigned(width);
        if (len < min || len > max) {
            throw in.lengthOutOfRange(at, min, max, len);
        }
        if (len > in.remaining()) {
            // Enter raises Truncated or Overrun with the right counts.
            in.require(len);
        }
        return (int) len;
    }

    static CodecFailure encodeLengthOutOfRange(ByteWriter out, long min, long max, long actual) {
        return new CodecFailure(new CodecError.LengthOutOfRange(Path.root(), out.size(), min, max, actual));
    }

    static CodecFailure encodeInvalid(ByteWriter out, String reason) {
        return new CodecFailure(new CodecError.Invalid(Path.root(), out.size(), reason));
    }
}
