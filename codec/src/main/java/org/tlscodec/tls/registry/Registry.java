package org.tlscodec.tls.registry;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * The known entries of one registry: their codes, sorted, with the interned value and the name of
 * each. Lookups are a binary search over an {@code int[]}: no boxing, no allocation.
 *
 * @param <T> the registry's value type
 */
public final class Registry<T> {
    private final String title;
    private final int[] codes;
    private final Object[] values;
    private final String[] names;
    private final IntFunction<T> make;

    private Registry(String title, int[] codes, Object[] values, String[] names, IntFunction<T> make) {
        this.title = title;
        this.codes = codes;
        this.values = values;
        this.names = names;
        this.make = make;
    }

    /** Starts a registry; {@code make} builds a value for a code, known or not. */
    public static <T> Builder<T> builder(String title, IntFunction<T> make, ToIntFunction<T> codeOf) {
        return new Builder<>(title, make, codeOf);
    }

    /** The interned value of a known code, or a fresh value keeping an unknown one. */
    @SuppressWarnings("unchecked")
    public T of(int code) {
        int i = Arrays.binarySearch(codes, code);
        return i >= 0 ? (T) values[i] : make.apply(code);
    }

    /** The registered name of a code. */
    public Option<String> nameOf(int code) {
        int i = Arrays.binarySearch(codes, code);
        return i >= 0 ? Option.some(names[i]) : Option.none();
    }

    /** True when the code is registered here. */
    public boolean isKnown(int code) {
        return Arrays.binarySearch(codes, code) >= 0;
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
        private final IntFunction<T> make;
        private final ToIntFunction<T> codeOf;
        private final java.util.TreeMap<Integer, Object[]> entries = new java.util.TreeMap<>();

        private Builder(String title, IntFunction<T> make, ToIntFunction<T> codeOf) {
            this.title = title;
            this.make = make;
            this.codeOf = codeOf;
        }

        /** Registers {@code name} for {@code code} and answers its interned value. */
        public T add(int code, String name) {
            T value = make.apply(code);
            return add(value, name);
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
            return new Registry<>(title, codes, values, names, make);
        }
    }
}
