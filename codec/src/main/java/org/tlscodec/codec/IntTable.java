package org.tlscodec.codec;

import org.jspecify.annotations.Nullable;

/**
 * An immutable map from int codes to values, open-addressed on a multiplicative hash, for the
 * tag look-up of {@link SelectCodec}: one or two probes where a sorted array takes six or seven
 * comparisons for the sixty extension types of a ClientHello.
 */
final class IntTable<V> {
    private final int[] keys;
    private final @Nullable Object[] values;
    private final int shift;

    IntTable(int[] codes, V[] items) {
        int capacity = Integer.highestOneBit(Math.max(4, codes.length * 4 - 1)) << 1;
        this.keys = new int[capacity];
        this.values = new Object[capacity];
        this.shift = 32 - Integer.numberOfTrailingZeros(capacity);
        for (int i = 0; i < codes.length; i++) {
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
        int mask = keys.length - 1;
        for (int slot = slot(code); ; slot = (slot + 1) & mask) {
            Object v = values[slot];
            if (v == null || keys[slot] == code) {
                return (V) v;
            }
        }
    }
}
