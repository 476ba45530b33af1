package org.tlscodec.codec;

/**
 * What {@link Bytes#read} hands a sequence's bytes to, where they lie: the array that holds them,
 * the index of the first and their number. For an API that takes an array and a range (a cipher's
 * input), so the bytes need not be copied out first.
 *
 * <p>The array is shared with other {@code Bytes}, which count on it never changing: an
 * implementation reads {@code array[offset]} to {@code array[offset + length - 1]} only, never
 * writes to the array, and does not keep it past the call.
 *
 * @param <T> what the reader makes of the bytes
 */
@FunctionalInterface
public interface ArrayView<T> {

    /** Reads {@code length} bytes of {@code array} from {@code offset}, without writing to it. */
    T read(byte[] array, int offset, int length);
}
