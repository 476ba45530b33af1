package org.tlscodec.codec;

/**
 * Why decoding or encoding failed, where ({@link #path()}), and at which byte ({@link #offset()},
 * counted from the start of the input being decoded, or of the output being written).
 *
 * <p>{@link Truncated} alone means "the input ended too soon": more bytes may make it decode, as
 * when a record or handshake message arrives in pieces. Every other case means the bytes are
 * malformed and more bytes cannot help.
 */
public sealed interface CodecError {

    Path path();

    int offset();

    /** What was expected, in words, without the path and offset. */
    String reason();

    /** The same error placed under a path segment; used as a failure travels outwards. */
    CodecError withPath(Path path);

    /** The kind of failure, as its record's name: {@code Truncated}, {@code Overrun}, ... */
    default String kind() {
        return getClass().getSimpleName();
    }

    /** True when more input could make the decode succeed. */
    default boolean needsMoreInput() {
        return this instanceof Truncated;
    }

    /** One line: path, offset and reason. */
    default String describe() {
        return path() + " @" + offset() + ": " + reason();
    }

    /** The input ended while {@code needed} bytes were wanted and only {@code available} were left. */
    record Truncated(Path path, int offset, long needed, int available) implements CodecError {
        @Override
        public String reason() {
            return "truncated: needed " + needed + " bytes, " + available + " available";
        }

        @Override
        public CodecError withPath(Path p) {
            return new Truncated(p, offset, needed, available);
        }
    }

    /**
     * A field needs more bytes than the length field that encloses it leaves: the enclosing
     * length is wrong, or the field is. The input itself had enough bytes.
     */
    record Overrun(Path path, int offset, long needed, int available) implements CodecError {
        @Override
        public String reason() {
            return "overruns its enclosing length: needed " + needed + " bytes, " + available + " left in the enclosing vector";
        }

        @Override
        public CodecError withPath(Path p) {
            return new Overrun(p, offset, needed, available);
        }
    }

    /** A length outside the bounds {@code <min..max>} its definition allows. */
    record LengthOutOfRange(Path path, int offset, long min, long max, long actual) implements CodecError {
        @Override
        public String reason() {
            return "length " + actual + " outside " + CodecSupport.bounds(min, max);
        }

        @Override
        public CodecError withPath(Path p) {
            return new LengthOutOfRange(p, offset, min, max, actual);
        }
    }

    /** Bytes were left over where the definition says the value ends. */
    record TrailingBytes(Path path, int offset, int count) implements CodecError {
        @Override
        public String reason() {
            return count + " trailing bytes after the value";
        }

        @Override
        public CodecError withPath(Path p) {
            return new TrailingBytes(p, offset, count);
        }
    }

    /** A type code that this codec has no case for, where unknown codes are not allowed. */
    record UnknownTag(Path path, int offset, String tag) implements CodecError {
        @Override
        public String reason() {
            return "unknown tag " + tag;
        }

        @Override
        public CodecError withPath(Path p) {
            return new UnknownTag(p, offset, tag);
        }
    }

    /** The bytes or the value break a rule of the definition, given in words. */
    record Invalid(Path path, int offset, String reason) implements CodecError {
        @Override
        public CodecError withPath(Path p) {
            return new Invalid(p, offset, reason);
        }
    }

    /**
     * A codec broke its own contract by throwing (a bug in a hand-written codec or in a mapping
     * function). It still reaches the caller as a value; property checks treat it as a failure.
     */
    record Unexpected(Path path, int offset, String reason) implements CodecError {
        @Override
        public CodecError withPath(Path p) {
            return new Unexpected(p, offset, reason);
        }
    }
}
