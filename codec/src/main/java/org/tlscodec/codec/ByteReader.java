package org.tlscodec.codec;

/**
 * A confined cursor over input bytes, for {@link Codec#read}. It reads unsigned integers without
 * boxing and slices {@link Bytes} without copying.
 *
 * <p>Length-prefixed regions are entered with {@link #enter(int)} and left with {@link #leave(int)}:
 * the reader's limit shrinks to the region, so nothing inside can read past it. Running past the
 * end of the input raises {@link CodecError.Truncated} (more input may help); running past a
 * region whose bytes were all present raises {@link CodecError.Overrun} (the length is wrong).
 * Every length is checked against what remains before anything is allocated for it.
 *
 * <p>Not thread-safe: one reader belongs to one decode.
 */
public final class ByteReader {
    private final byte[] array;
    private final int base;
    private final int end;
    private int pos;
    private int limit;
    private int depth;
    // Elements of the vectors being decoded, gathered here and copied once into an array of the
    // exact size (see VectorCodec): nested vectors stack above their parent's elements. The stack
    // lives and dies with this one decode, so popped slots are left as they are: clearing them
    // would cost a write barrier an element and free nothing sooner.
    private Object[] gathered = NO_ITEMS;
    private int gatheredTop;

    private static final Object[] NO_ITEMS = new Object[0];

    ByteReader(byte[] array, int offset, int length) {
        this.array = array;
        this.base = offset;
        this.pos = offset;
        this.end = offset + length;
        this.limit = end;
    }

    /** The offset of the next byte, counted from the start of the input. */
    public int offset() {
        return pos - base;
    }

    /** How many bytes are left before the current limit. */
    public int remaining() {
        return limit - pos;
    }

    /** True when the current limit is reached. */
    public boolean atLimit() {
        return pos == limit;
    }

    /** How many length-prefixed regions enclose the cursor now. */
    public int depth() {
        return depth;
    }

    /** Ensures {@code n} bytes remain before the limit, or raises Truncated or Overrun. */
    public void require(long n) {
        if (n > limit - pos) {
            throw shortBy(n);
        }
    }

    private CodecFailure shortBy(long n) {
        int available = limit - pos;
        CodecError e = depth == 0
                ? new CodecError.Truncated(Path.root(), offset(), n, available)
                : new CodecError.Overrun(Path.root(), offset(), n, available);
        return new CodecFailure(e);
    }

    public int readUint8() {
        if (pos >= limit) {
            throw shortBy(1);
        }
        return array[pos++] & 0xff;
    }

    public int readUint16() {
        if (limit - pos < 2) {
            throw shortBy(2);
        }
        int p = pos;
        pos = p + 2;
        return (array[p] & 0xff) << 8 | (array[p + 1] & 0xff);
    }

    public int readUint24() {
        if (limit - pos < 3) {
            throw shortBy(3);
        }
        int p = pos;
        pos = p + 3;
        return (array[p] & 0xff) << 16 | (array[p + 1] & 0xff) << 8 | (array[p + 2] & 0xff);
    }

    public long readUint32() {
        if (limit - pos < 4) {
            throw shortBy(4);
        }
        int p = pos;
        pos = p + 4;
        return ((long) (array[p] & 0xff) << 24) | (array[p + 1] & 0xff) << 16 | (array[p + 2] & 0xff) << 8 | (array[p + 3] & 0xff);
    }

    /** Eight bytes as a long; values of 2^63 and above come back negative (two's complement). */
    public long readUint64() {
        require(8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | (array[pos + i] & 0xff);
        }
        pos += 8;
        return v;
    }

    /** An unsigned integer of {@code width} bytes (1 to 4). */
    public long readUnsigned(int width) {
        switch (width) {
            case 1: return readUint8();
            case 2: return readUint16();
            case 3: return readUint24();
            case 4: return readUint32();
            default: throw new IllegalArgumentException("width " + width);
        }
    }

    /** The next {@code n} bytes, sharing the input's array. */
    public Bytes readBytes(int n) {
        if (n < 0) {
            throw fail("negative length " + n);
        }
        require(n);
        Bytes b = Bytes.wrap(array, pos, n);
        pos += n;
        return b;
    }

    /** Everything up to the current limit. */
    public Bytes readRemaining() {
        return readBytes(limit - pos);
    }

    /** True when the next bytes equal {@code expected}; reads nothing. */
    public boolean lookingAt(Bytes expected) {
        return lookingAt(0, expected);
    }

    /** True when {@code expected} follows the next {@code ahead} bytes, within the limit; nothing is consumed. */
    public boolean lookingAt(int ahead, Bytes expected) {
        int n = expected.size();
        int from = pos + ahead;
        return ahead >= 0 && n <= limit - from
                && java.util.Arrays.equals(array, from, from + n, expected.array(), expected.offset(), expected.offset() + n);
    }

    /**
     * Enters a region of the next {@code n} bytes: the limit becomes its end. Returns the previous
     * limit, to hand to {@link #leave(int)}. Raises Truncated (or Overrun, inside a region) when
     * fewer than {@code n} bytes remain, before anything is read.
     */
    public int enter(long n) {
        require(n);
        int saved = limit;
        limit = pos + (int) n;
        depth++;
        return saved;
    }

    /**
     * Leaves a region entered with {@link #enter(long)}. Raises TrailingBytes if the region was not
     * read to its end.
     */
    public void leave(int savedLimit) {
        if (pos != limit) {
            throw new CodecFailure(new CodecError.TrailingBytes(Path.root(), offset(), limit - pos));
        }
        limit = savedLimit;
        depth--;
    }

    /** The whole cursor state, to restore after a failed attempt (see {@link #restore(long)}). */
    public long mark() {
        return ((long) (pos - base) << 32) | (limit - base);
    }

    /** Returns to a state from {@link #mark()}; {@code depth} is the value {@link #depth()} had then. */
    public void restore(long mark, int depth) {
        this.pos = base + (int) (mark >>> 32);
        this.limit = base + (int) mark;
        this.depth = depth;
    }

    /** The signal for an {@link CodecError.Invalid} at the current offset. */
    public CodecFailure fail(String reason) {
        return new CodecFailure(new CodecError.Invalid(Path.root(), offset(), reason));
    }

    /** The signal for an {@link CodecError.Invalid} at a given offset. */
    public CodecFailure failAt(int offset, String reason) {
        return new CodecFailure(new CodecError.Invalid(Path.root(), offset, reason));
    }

    /** The signal for a length outside its bounds, at a given offset. */
    public CodecFailure lengthOutOfRange(int offset, long min, long max, long actual) {
        return new CodecFailure(new CodecError.LengthOutOfRange(Path.root(), offset, min, max, actual));
    }

    /** The top of the gathering stack, where a vector starts pushing its elements. */
    int gatherBase() {
        return gatheredTop;
    }

    void gather(Object item) {
        if (gatheredTop == gathered.length) {
            gathered = java.util.Arrays.copyOf(gathered, Math.max(16, gatheredTop * 2));
        }
        gathered[gatheredTop++] = item;
    }

    /** The elements pushed since {@code base}, in an array of their exact number; pops them. */
    Object[] gathered(int base) {
        int n = gatheredTop - base;
        Object[] items = new Object[n];
        System.arraycopy(gathered, base, items, 0, n);
        gatheredTop = base;
        return items;
    }

    /** Drops the elements pushed since {@code base} (a failed element unwinds its vector). */
    void ungather(int base) {
        gatheredTop = base;
    }
}
