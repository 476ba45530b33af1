package org.tlscodec.codec;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable byte sequence over a shared array. Slicing is O(1) and shares the array; equality
 * and hash are by content. Payloads in this library are always {@code Bytes}, never lists of
 * boxed bytes.
 *
 * <p>{@link #get(int)} answers the unsigned value (0..255), which is what every TLS field means
 * and what Kotlin's {@code bytes[i]} reads.
 */
public final class Bytes implements Comparable<Bytes> {
    private static final byte[] NONE = new byte[0];
    private static final Bytes EMPTY = new Bytes(NONE, 0, 0);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final byte[] array;
    private final int offset;
    private final int length;
    private int hash;

    private Bytes(byte[] array, int offset, int length) {
        this.array = array;
        this.offset = offset;
        this.length = length;
    }

    /** The empty sequence. */
    public static Bytes empty() {
        return EMPTY;
    }

    /** A copy of the given array: later changes to the array do not show. */
    public static Bytes of(byte... bytes) {
        return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone(), 0, bytes.length);
    }

    /** A copy of {@code length} bytes of the array from {@code offset}. */
    public static Bytes of(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        return length == 0 ? EMPTY : new Bytes(Arrays.copyOfRange(bytes, offset, offset + length), 0, length);
    }

    /** Bytes from unsigned values; each must be 0..255. */
    public static Bytes ofUnsigned(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] > 0xff) {
                throw new IllegalArgumentException("not a byte value: " + values[i] + " at index " + i);
            }
            out[i] = (byte) values[i];
        }
        return wrap(out);
    }

    /** The UTF-8 encoding of a string. */
    public static Bytes utf8(String text) {
        return wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code n} zero bytes. */
    public static Bytes zeros(int n) {
        return n == 0 ? EMPTY : new Bytes(new byte[n], 0, n);
    }

    /**
     * Parses hexadecimal text; white space and ':' separators are ignored.
     *
     * @throws IllegalArgumentException for an odd number of digits or a non-hex character
     */
    public static Bytes fromHex(String hex) {
        byte[] out = new byte[hex.length() / 2];
        int n = 0;
        int high = -1;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (Character.isWhitespace(c) || c == ':') {
                continue;
            }
            int d = Character.digit(c, 16);
            if (d < 0) {
                throw new IllegalArgumentException("not a hex digit: '" + c + "' at index " + i);
            }
            if (high < 0) {
                high = d;
            } else {
                out[n++] = (byte) (high << 4 | d);
                high = -1;
            }
        }
        if (high >= 0) {
            throw new IllegalArgumentException("odd number of hex digits");
        }
        return n == 0 ? EMPTY : new Bytes(out, 0, n);
    }

    /** Takes ownership of the array without copying: the caller must never change it again. */
    static Bytes wrap(byte[] array) {
        return wrap(array, 0, array.length);
    }

    static Bytes wrap(byte[] array, int offset, int length) {
        return length == 0 ? EMPTY : new Bytes(array, offset, length);
    }

    /** The number of bytes. */
    public int size() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** The unsigned value (0..255) of the byte at {@code index}. */
    public int get(int index) {
        return array[offset + Objects.checkIndex(index, length)] & 0xff;
    }

    /** The bytes from {@code from} (inclusive) to {@code to} (exclusive), sharing this array. */
    public Bytes slice(int from, int to) {
        Objects.checkFromToIndex(from, to, length);
        if (from == 0 && to == length) {
            return this;
        }
        return wrap(array, offset + from, to - from);
    }

    /** The first {@code n} bytes. */
    public Bytes take(int n) {
        return slice(0, n);
    }

    /** All but the first {@code n} bytes. */
    public Bytes drop(int n) {
        return slice(n, length);
    }

    /**
     * This sequence followed by {@code other}. When {@code other} is the slice of the same array that
     * follows this one (two pieces of one stream cut apart), the answer is the joined slice, with no
     * copy: the arrays behind {@code Bytes} never change.
     */
    public Bytes concat(Bytes other) {
        if (other.length == 0) {
            return this;
        }
        if (length == 0) {
            return other;
        }
        if (other.array == array && other.offset == offset + length) {
            return wrap(array, offset, length + other.length);
        }
        byte[] out = new byte[length + other.length];
        System.arraycopy(array, offset, out, 0, length);
        System.arraycopy(other.array, other.offset, out, length, other.length);
        return wrap(out);
    }

    /**
     * True when {@code next} is the slice of the same array that follows this one (two pieces of
     * one stream cut apart), so that {@code concat(next)} joins them without a copy. For a caller
     * that gathers parts and wants to join only those that are not already joined.
     */
    public boolean adjoins(Bytes next) {
        return length > 0 && next.length > 0 && next.array == array && next.offset == offset + length;
    }

    /**
     * The parts one after the other, copied once into one array (a fold of {@link #concat} would copy
     * the bytes before each part again).
     *
     * @throws IllegalArgumentException when the parts hold more than {@code Integer.MAX_VALUE - 8} bytes
     */
    public static Bytes concatAll(Iterable<Bytes> parts) {
        long size = 0;
        Bytes only = EMPTY;
        int nonEmpty = 0;
        for (Bytes p : parts) {
            size += p.length;
            if (p.length > 0) {
                only = p;
                nonEmpty++;
            }
        }
        if (nonEmpty <= 1) {
            return only;
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("parts of " + size + " bytes in all: more than one array holds");
        }
        byte[] out = new byte[(int) size];
        int at = 0;
        for (Bytes p : parts) {
            System.arraycopy(p.array, p.offset, out, at, p.length);
            at += p.length;
        }
        return wrap(out);
    }

    /** True when this sequence begins with {@code prefix}. */
    public boolean startsWith(Bytes prefix) {
        return prefix.length <= length
                && Arrays.equals(array, offset, offset + prefix.length, prefix.array, prefix.offset, prefix.offset + prefix.length);
    }

    /** A fresh copy of the bytes. */
    public byte[] toArray() {
        return Arrays.copyOfRange(array, offset, offset + length);
    }

    /** Copies the bytes into {@code target} at {@code targetOffset}. */
    public void copyTo(byte[] target, int targetOffset) {
        System.arraycopy(array, offset, target, targetOffset, length);
    }

    /** Lower-case hexadecimal, two digits a byte, no separators. */
    public String hex() {
        char[] out = new char[length * 2];
        for (int i = 0; i < length; i++) {
            int b = array[offset + i] & 0xff;
            out[2 * i] = HEX[b >>> 4];
            out[2 * i + 1] = HEX[b & 0xf];
        }
        return new String(out);
    }

    /**
     * Hands the bytes to {@code view} where they lie, without a copy: the backing array, the index
     * of the first byte and the number of bytes; answers what {@code view} makes of them. The
     * array is shared, so {@code view} must only read that range and must not keep the array
     * ({@link ArrayView}). For giving the bytes to an API that takes an array and a range, such as
     * a cipher's input.
     */
    public <T> T read(ArrayView<T> view) {
        return view.read(array, offset, length);
    }

    /**
     * The bytes {@code fill} writes at the start of a fresh array of {@code capacity} bytes, taken
     * as they are, without a copy (a {@link #slice} of that array when fewer than {@code capacity}
     * were written), or {@code fill}'s error. The array is new and {@code fill} must not keep it
     * ({@link ArrayFill}), so the answer never changes. For an API that writes into an array it is
     * given, such as a cipher's output.
     *
     * @throws IllegalArgumentException when {@code capacity} is negative or {@code fill} answers a
     *                                  count outside 0..{@code capacity}
     */
    public static <E> Either<E, Bytes> fill(int capacity, ArrayFill<E> fill) {
        if (capacity < 0) {
            throw new IllegalArgumentException("negative capacity " + capacity);
        }
        byte[] out = capacity == 0 ? NONE : new byte[capacity];
        return fill.write(out).map(n -> {
            if (n < 0 || n > capacity) {
                throw new IllegalArgumentException("filled " + n + " bytes of an array of " + capacity);
            }
            return wrap(out, 0, n);
        });
    }

    /**
     * Lets {@code rewrite} write over these bytes where they lie and answers what it wrote, a slice
     * of the same array from this one's first byte, or its error; on an error the bytes are as they
     * were when {@code rewrite} leaves them unchanged then (a cipher that checks a tag first does).
     *
     * <p><b>This is the one exception to the rule every other method keeps, that the array behind a
     * {@code Bytes} never changes.</b> It is for bytes the caller made itself, in an array made for
     * them ({@link #fill}, {@link #concatAll}), and that neither the caller nor any value it gave
     * them to reads again: a record's ciphertext joined from the TCP segments that brought it, which
     * a passive reader decrypts and then drops. Decrypting in place there saves an array the size of
     * the record. Every other {@code Bytes} over the same array sees the new bytes.
     *
     * @throws IllegalArgumentException when {@code rewrite} answers a count outside 0..{@link #size()}
     */
    public <E> Either<E, Bytes> overwrite(ArrayRewrite<E> rewrite) {
        return rewrite.rewrite(array, offset, length).map(n -> {
            if (n < 0 || n > length) {
                throw new IllegalArgumentException("rewrote " + n + " bytes of " + length);
            }
            return wrap(array, offset, n);
        });
    }

    /** A reader over these bytes, for codecs and hand-written parsers. */
    public ByteReader reader() {
        return new ByteReader(array, offset, length);
    }

    // Package-private access for the reader and writer, which never change the array.
    byte[] array() {
        return array;
    }

    int offset() {
        return offset;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Bytes b
                && b.length == length
                && Arrays.equals(array, offset, offset + length, b.array, b.offset, b.offset + b.length);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && length > 0) {
            h = 1;
            for (int i = offset; i < offset + length; i++) {
                h = 31 * h + array[i];
            }
            hash = h;
        }
        return h;
    }

    /** Unsigned lexicographic order. */
    @Override
    public int compareTo(Bytes o) {
        return Arrays.compareUnsigned(array, offset, offset + length, o.array, o.offset, o.offset + o.length);
    }

    /** Hex, shortened in the middle past 64 bytes so a breakpoint stays readable. */
    @Override
    public String toString() {
        if (length <= 64) {
            return "Bytes(" + hex() + ")";
        }
        return "Bytes(" + slice(0, 32).hex() + "..." + slice(length - 8, length).hex() + ", " + length + " bytes)";
    }
}
