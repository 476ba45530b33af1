package org.tlscodec.codec;

import io.vavr.control.Either;

/**
 * What {@link Bytes#fill} hands a fresh array to: it writes bytes from the start of the array and
 * answers how many (or why it could not), and those bytes become a {@code Bytes} without a copy.
 * For an API that writes into an array it is given (a cipher's output).
 *
 * <p>The array is the new {@code Bytes}' own once the call returns: an implementation does not
 * keep it, so nothing writes to it afterwards.
 *
 * @param <E> why the bytes could not be written
 */
@FunctionalInterface
public interface ArrayFill<E> {

    /** Writes into {@code array} from index 0; answers the number of bytes written, 0 to {@code array.length}. */
    Either<E, Integer> write(byte[] array);
}
