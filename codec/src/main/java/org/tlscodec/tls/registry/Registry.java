package org.tlscodec.tls.registry;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.Codecs;
import org.tlscodec.codec.IntCodec;
import org.jspecify.annotations.Nullable;

/**
 * The known entries of one registry: their codes, sorted, with the interned value and the name of
 * each. Every decoded code is looked up here, so a lookup is O(1) without boxing or allocation: an
 * open-addressed table of the codes (linear probing, at most half full, so a search ends at an
 * empty slot within a few steps) gives the index into the sorted arrays.
 *
 * @param <T> the registry's value type
 */
public final class Registry<T> {
    private final String title;
    private final int width;
    private final int[] codes;
    private final Object[] values;
    private final String[] names;
    private final IntFunction<T> make;
    private final ToIntFunction<T> codeOf;
    // The hash table: slotCodes[s] is a known code or EMPTY, slotIndex[s] its index in codes/values/names.
    private static final int EMPTY = -1;
    private final int[] slotCodes;
    private final int[] slotIndex;
    private final int shift;
    // For codes of one or two bytes, the values again, by high byte then low byte: a decode's
    // look-up is two array loads. Only the pages that hold a known code exist (a few KiB a registry).
    private final Object @Nullable [][] pages;

    private Registry(String title, int width, int[] codes, Object[] values, String[] names, IntFunction<T> make, ToIntFunction<T> codeOf) {
        this.title = title;
        this.width = width;
        this.codes = codes;
        this.values = values;
        this.names = names;
        this.make = make;
        this.codeOf = codeOf;
        int bits = 1;
        while (1 << bits < 2 * codes.length) {
            bits++;
        }
        this.shift = 32 - bits;
        this.slotCodes = new int[1 << bits];
        this.slotIndex = new int[1 << bits];
        Arrays.fill(slotCodes, EMPTY);
        int mask = slotCodes.length - 1;
        for (int i = 0; i < codes.length; i++) {
            int s = slot(codes[i]);
            while (slotCodes[s] != EMPTY) {
                s = (s + 1) & mask;
            }
            slotCodes[s] = codes[i];
            slotIndex[s] = i;
        }
        if (width <= 2) {
            Object[][] byHigh = new Object[256][];
            for (int i = 0; i < codes.length; i++) {
                int high = codes[i] >>> 8;
                if (byHigh[high] == null) {
                    byHigh[high] = new Object[256];
                }
                byHigh[high][codes[i] & 0xff] = values[i];
            }
            this.pages = byHigh;
        } else {
            this.pages = null;
        }
    }

    // Fibonacci hashing: the top bits of the code times 2^32 / phi spread neighbouring codes apart.
    private int slot(int code) {
        return (code * 0x9E3779B9) >>> shift;
    }

    /** The index of a known code in the sorted arrays, or -1. */
    private int indexOf(int code) {
        int mask = slotCodes.length - 1;
        for (int s = slot(code); ; s = (s + 1) & mask) {
            int c = slotCodes[s];
            if (c == EMPTY) {
                return -1;
            }
            if (c == code) {
                return slotIndex[s];
            }
        }
    }

    /**
     * Starts a registry of codes {@code width} bytes wide (1 to 3); {@code make} builds a value for
     * a code, known or not.
     */
    public static <T> Builder<T> builder(String title, int width, IntFunction<T> make, ToIntFunction<T> codeOf) {
        if (width < 1 || width > 3) {
            throw new IllegalArgumentException("width " + width);
        }
        return new Builder<>(title, width, make, codeOf);
    }

    /** Checks a code fits the registry's width; for the value types' constructors. */
    public static int checkCode(String title, int width, int code) {
        if (code < 0 || code >= 1 << (8 * width)) {
            throw new IllegalArgumentException(title + " codes are " + width + " byte(s), not " + code);
        }
        return code;
    }

    /** The wire codec: the code as a big-endian integer of the registry's width, known codes interned. */
    public Codec<T> codec() {
        IntCodec base = width == 1 ? Codecs.uint8() : width == 2 ? Codecs.uint16() : Codecs.uint24();
        return base.xmapInt(this::of, codeOf).named(title);
    }

    /** The width of a code on the wire, in bytes. */
    public int width() {
        return width;
    }

    /** The interned value of a known code, or a fresh value keeping an unknown one. */
    @SuppressWarnings("unchecked")
    public T of(int code) {
        Object[][] byHigh = pages;
        if (byHigh != null && code >= 0 && code <= 0xffff) {
            Object[] page = byHigh[code >>> 8];
            Object known = page == null ? null : page[code & 0xff];
            return known != null ? (T) known : make.apply(code);
        }
        int i = indexOf(code);
        return i >= 0 ? (T) values[i] : make.apply(code);
    }

    /** The registered name of a code. */
    public Option<String> nameOf(int code) {
        int i = indexOf(code);
        return i >= 0 ? Option.some(names[i]) : Option.none();
    }

    /** True when the code is registered here. */
    public boolean isKnown(int code) {
        return indexOf(code) >= 0;
    }

    /** Every known value, in code order. */
    @SuppressWarnings("unchecked")
    public Vector<T> known() {
        return Vector.of(values).map(v -> (T) v);
    }

    /** How many codes have names. */
    public int size() {
        return codes.length;
    }

    /** The registry's title, as IANA names it. */
    public String title() {
        return title;
    }

    @Override
    public String toString() {
        return title + " (" + codes.length + " known)";
    }

    /** Collects the known entries; {@link #build()} checks that no code is registered twice. */
    public static final class Builder<T> {
        private final String title;
        private final int width;
        private final IntFunction<T> make;
        private final ToIntFunction<T> codeOf;
        private final java.util.TreeMap<Integer, Object[]> entries = new java.util.TreeMap<>();

        private Builder(String title, int width, IntFunction<T> make, ToIntFunction<T> codeOf) {
            this.title = title;
            this.width = width;
            this.make = make;
            this.codeOf = codeOf;
        }

        /** Registers {@code name} for {@code code} and answers its interned value. */
        public T add(int code, String name) {
            T value = make.apply(code);
            return add(value, name);
        }

        /** Registers the sixteen GREASE codes of RFC 8701 under the name "GREASE". */
        public Builder<T> addGrease16() {
            for (int code : Grease.codes16()) {
                add(code, "GREASE");
            }
            return this;
        }

        /** Registers an already-built value under {@code name}, and answers it. */
        public T add(T value, String name) {
            int code = codeOf.applyAsInt(value);
            if (entries.put(code, new Object[] {value, name}) != null) {
                throw new IllegalStateException(title + ": code 0x" + Integer.toHexString(code) + " registered twice");
            }
            return value;
        }

        public Registry<T> build() {
            int n = entries.size();
            int[] codes = new int[n];
            Object[] values = new Object[n];
            String[] names = new String[n];
            int i = 0;
            for (var e : entries.entrySet()) {
                codes[i] = e.getKey();
                values[i] = e.getValue()[0];
                names[i] = (String) e.getValue()[1];
                i++;
            }
            return new Registry<>(title, width, codes, values, names, make, codeOf);
        }
    }
}
