package org.tlscodec.codec;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A growable output buffer for {@link Codec#write}. A length prefix is written by reserving its
 * bytes ({@link #reserve(int)}) and patching them once the body is written ({@link #patch}), so
 * every structure is encoded in one pass.
 *
 * <p>Not thread-safe: one writer belongs to one encode.
 */
public final class ByteWriter {
    // One spare writer a thread for Codec#encode: its buffer, grown once to the sizes the thread
    // encodes, is reused, and each result is one copy of the exact size. A fresh writer would grow
    // from a guess by doubling, allocating about three times the output (bench/README.md).
    private static final ThreadLocal<ByteWriter[]> SPARE = ThreadLocal.withInitial(() -> new ByteWriter[1]);
    private static final int SPARE_MAX = 1 << 16;

    private byte[] buf;
    private int size;
    private ByteWriter @Nullable [] home;

    public ByteWriter() {
        this(128);
    }

    public ByteWriter(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    /** A writer for one encode on this thread: the spare one if free (a nested encode gets a new one). */
    static ByteWriter borrow() {
        ByteWriter[] slot = SPARE.get();
        ByteWriter w = slot[0];
        if (w == null) {
            w = new ByteWriter(256);
        } else {
            slot[0] = null;
            w.size = 0;
        }
        w.home = slot;
        return w;
    }

    /** Returns a borrowed writer; a buffer grown past 64 KiB is let go rather than kept. */
    static void giveBack(ByteWriter w) {
        ByteWriter[] slot = w.home;
        if (slot != null && w.buf.length <= SPARE_MAX) {
            slot[0] = w;
        }
    }

    /** The number of bytes written so far: the offset of the next byte. */
    public int size() {
        return size;
    }

    private void ensure(int n) {
        if (buf.length - size < n) {
            long wanted = Math.max((long) buf.length * 2, (long) size + n);
            if (wanted > Integer.MAX_VALUE - 8) {
                throw new CodecFailure(new CodecError.Invalid(Path.root(), size, "output larger than 2 GiB"));
            }
            buf = Arrays.copyOf(buf, (int) wanted);
        }
    }

    public void writeUint8(int v) {
        ensure(1);
        buf[size++] = (byte) v;
    }

    public void writeUint16(int v) {
        ensure(2);
        buf[size] = (byte) (v >>> 8);
        buf[size + 1] = (byte) v;
        size += 2;
    }

    public void writeUint24(int v) {
        ensure(3);
        buf[size] = (byte) (v >>> 16);
        buf[size + 1] = (byte) (v >>> 8);
        buf[size + 2] = (byte) v;
        size += 3;
    }

    public void writeUint32(long v) {
        ensure(4);
        buf[size] = (byte) (v >>> 24);
        buf[size + 1] = (byte) (v >>> 16);
        buf[size + 2] = (byte) (v >>> 8);
        buf[size + 3] = (byte) v;
        size += 4;
    }

    public void writeUint64(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buf[size + i] = (byte) (v >>> (56 - 8 * i));
        }
        size += 8;
    }

    /** An unsigned integer of {@code width} bytes (1 to 4); the caller has checked the range. */
    public void writeUnsigned(int width, long v) {
        switch (width) {
            case 1: writeUint8((int) v); break;
            case 2: writeUint16((int) v); break;
            case 3: writeUint24((int) v); break;
            case 4: writeUint32(v); break;
            default: throw new IllegalArgumentException("width " + width);
        }
    }

    public void writeBytes(Bytes b) {
        int n = b.size();
        ensure(n);
        b.copyTo(buf, size);
        size += n;
    }

    public void writeBytes(byte[] b, int offset, int length) {
        ensure(length);
        System.arraycopy(b, offset, buf, size, length);
        size += length;
    }

    /** Reserves {@code width} bytes for a length written later; returns their offset. */
    public int reserve(int width) {
        ensure(width);
        int at = size;
        size += width;
        return at;
    }

    /** Writes {@code value} big-endian into {@code width} reserved bytes at {@code at}. */
    public void patch(int at, int width, long value) {
        if (width == 2) {
            buf[at] = (byte) (value >>> 8);
            buf[at + 1] = (byte) value;
            return;
        }
        if (width == 1) {
            buf[at] = (byte) value;
            return;
        }
        for (int i = 0; i < width; i++) {
            buf[at + i] = (byte) (value >>> (8 * (width - 1 - i)));
        }
    }

    /** The bytes written so far, copied. */
    public Bytes toBytes() {
        return Bytes.of(buf, 0, size);
    }

    /** Discards everything from {@code at} on (used when an attempt is rolled back). */
    public void truncate(int at) {
        if (at < 0 || at > size) {
            throw new IllegalArgumentException("truncate to " + at + " of " + size);
        }
        size = at;
    }
}
