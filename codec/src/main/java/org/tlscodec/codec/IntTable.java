package org.tlscodec.codec;

import org.jspecify.annotations.Nullable;

/**
 * An immutable map from int codes to values, for the tag look-up of {@link SelectCodec}: codes
 * below 256 (every handshake type, most extension types) index an array directly; the others are
 * open-addressed on a multiplicative hash, one or two probes where a sorted array takes six or
 * seven comparisons for the sixty extension types of a ClientHello.
 */
final class IntTable<V> {
    private static final int DIRECT = 256;

    private final @Nullable Object[] direct;
    private final int[] keys;
    private final @Nullable Object[] values;
    private final int shift;

    IntTable(int[] codes, V[] items) {
        int directLength = 0;
        for (int code : codes) {
            if (code >= 0 && code < DIRECT) {
                directLength = Math.max(directLength, code + 1);
            }
        }
        this.direct = new Object[directLength];
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] >= 0 && codes[i] < DIRECT) {
                direct[codes[i]] = items[i];
            }
        }
        int capacity = Integer.highestOneBit(Math.max(4, codes.length * 4 - 1)) << 1;
        this.keys = new int[capacity];
        this.values = new Object[capacity];
        this.shift = 32 - Integer.numberOfTrailingZeros(capacity);
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] >= 0 && codes[i] < DIRECT) {
                continue;
            }
            int slot = slot(codes[i]);
            while (values[slot] != null) {
                slot = (slot + 1) & (capacity - 1);
            }
            keys[slot] = codes[i];
            values[slot] = items[i];
        }
    }

    private int slot(int code) {
        return (code * 0x9E3779B9) >>> shift;
    }

    /** The value for {@code code}, or null when it has none. */
    @SuppressWarnings("unchecked")
    @Nullable V get(int code) {
        if (code >= 0 && code < direct.length) {
            return (V) direct[code];
        }
        if (code < DIRECT) {
            return null;
        }
        int mask = keys.length - 1;
        for (int slot = slot(code); ; slot = (slot + 1) & mask) {
            Object v = values[slot];
            if (v == null || keys[slot] == code) {
                return (V) v;
            }
        }
    }
}
