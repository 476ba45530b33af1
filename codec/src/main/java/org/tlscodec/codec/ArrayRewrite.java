package org.tlscodec.codec;

import io.vavr.control.Either;

/**
 * What {@link Bytes#overwrite} hands a sequence's own array to: it reads the range and writes its
 * result over it, from the range's first index, and answers how many bytes it wrote. For an API
 * that can write its output over its input (a {@code javax.crypto.Cipher}, which is copy-safe).
 *
 * @param <E> why the bytes could not be written
 */
@FunctionalInterface
public interface ArrayRewrite<E> {

    /**
     * Reads {@code array[offset]} to {@code array[offset + length - 1]} and writes over them from
     * {@code offset}; answers the number written, 0 to {@code length}. Does not keep the array.
     */
    Either<E, Integer> rewrite(byte[] array, int offset, int length);
}
