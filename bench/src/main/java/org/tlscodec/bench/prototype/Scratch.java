package org.tlscodec.bench.prototype;

import java.util.Arrays;

/**
 * A growable stack of elements that vectors being decoded share: a vector pushes its elements,
 * then copies exactly its own out into the array that becomes its value, and pops them. Nested
 * vectors stack above their parent's elements. So a vector costs one allocation of the exact size,
 * as in a hand-written parser that knows its counts, and never an ArrayList.
 *
 * <p>In the core this belongs in {@code ByteReader}, which is confined to one decode. The
 * prototype cannot add a field there, so it keeps one stack a thread, which costs a ThreadLocal
 * look-up a vector that the core would not pay.
 */
final class Scratch {
    private static final ThreadLocal<Scratch> MINE = ThreadLocal.withInitial(Scratch::new);

    private Object[] items = new Object[64];
    private int top;

    static Scratch get() {
        return MINE.get();
    }

    int top() {
        return top;
    }

    void push(Object item) {
        if (top == items.length) {
            items = Arrays.copyOf(items, top * 2);
        }
        items[top++] = item;
    }

    /** Copies the elements from {@code base} up into {@code into} and pops them. */
    <T> T[] popInto(int base, T[] into) {
        System.arraycopy(items, base, into, 0, top - base);
        Arrays.fill(items, base, top, null); // let the values go with their message
        top = base;
        return into;
    }

    /** Drops everything above {@code base}: a failed element unwinds its vector. */
    void reset(int base) {
        Arrays.fill(items, base, top, null);
        top = base;
    }
}
