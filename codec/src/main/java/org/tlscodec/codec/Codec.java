package org.tlscodec.codec;

import io.vavr.control.Either;
import java.util.function.Function;

/**
 * A bidirectional codec: one definition that both parses bytes into an {@code A} and builds the
 * bytes of an {@code A}.
 *
 * <p>The public face is pure: {@link #decode}, {@link #decodePrefix} and {@link #encode} answer an
 * {@link Either} and never throw. Inside, a codec reads from a confined {@link ByteReader} and
 * writes into one growable {@link ByteWriter}; that is the service interface a hand-made codec
 * implements ({@link #read}, {@link #write}), signalling failure with {@link CodecFailure}.
 *
 * <p>Combinators are built once, as constants; the static factories are in {@link Codecs}. Every
 * built-in codec's {@code toString} prints its expression.
 *
 * @param <A> the decoded value
 */
public interface Codec<A> {

    /**
     * Reads one value from the cursor. Service interface: raises {@link CodecFailure}; call
     * {@link #decode} from application code.
     */
    A read(ByteReader in);

    /**
     * Writes one value. Service interface: raises {@link CodecFailure}; call {@link #encode} from
     * application code.
     */
    void write(ByteWriter out, A value);

    /** Decodes a value that must take all of {@code input}; leftover bytes are {@link CodecError.TrailingBytes}. */
    default Either<CodecError, A> decode(Bytes input) {
        ByteReader in = input.reader();
        try {
            A value = read(in);
            if (!in.atLimit()) {
                return Either.left(new CodecError.TrailingBytes(Path.root(), in.offset(), in.remaining()));
            }
            return Either.right(value);
        } catch (CodecFailure f) {
            return Either.left(f.error());
        } catch (RuntimeException | StackOverflowError e) {
            return Either.left(CodecSupport.unexpected(in.offset(), e));
        }
    }

    /** Decodes a value from the start of {@code input} and answers it with the bytes after it. */
    default Either<CodecError, Decoded<A>> decodePrefix(Bytes input) {
        ByteReader in = input.reader();
        try {
            A value = read(in);
            return Either.right(new Decoded<>(value, input.drop(in.offset())));
        } catch (CodecFailure f) {
            return Either.left(f.error());
        } catch (RuntimeException | StackOverflowError e) {
            return Either.left(CodecSupport.unexpected(in.offset(), e));
        }
    }

    /** Encodes a value; a value the definition cannot represent is an error, with its path. */
    default Either<CodecError, Bytes> encode(A value) {
        ByteWriter out = ByteWriter.borrow();
        try {
            write(out, value);
            return Either.right(out.toBytes());
        } catch (CodecFailure f) {
            return Either.left(f.error());
        } catch (RuntimeException | StackOverflowError e) {
            return Either.left(CodecSupport.unexpected(out.size(), e));
        } finally {
            ByteWriter.giveBack(out);
        }
    }

    /**
     * The value as a tree of named parts, for display: structs show their fields under the RFC's
     * names, vectors their elements, selects their case. A codec with no structure of its own shows
     * the value itself ({@link Rendered#of}).
     */
    default Rendered render(A value) {
        return Rendered.of(value);
    }

    /** A codec of {@code B} through a pair of total functions. */
    default <B> Codec<B> xmap(Function<? super A, ? extends B> decodeMap, Function<? super B, ? extends A> encodeMap) {
        return MappedCodec.of(this, "xmap", decodeMap, null, encodeMap, null);
    }

    /** A codec of {@code B} through two functions that may fail; a failure's text becomes {@link CodecError.Invalid}. */
    default <B> Codec<B> exmap(Function<? super A, ? extends Either<String, ? extends B>> decodeMap,
                               Function<? super B, ? extends Either<String, ? extends A>> encodeMap) {
        return new MappedCodec<>(this, "exmap", decodeMap, encodeMap);
    }

    /** Like {@link #xmap}, where only decoding may fail: not every {@code A} is a valid {@code B}. */
    default <B> Codec<B> narrow(Function<? super A, ? extends Either<String, ? extends B>> decodeMap,
                                Function<? super B, ? extends A> encodeMap) {
        return MappedCodec.<A, B>of(this, "narrow", null, decodeMap, encodeMap, null);
    }

    /** Like {@link #xmap}, where only encoding may fail: not every {@code B} can be written as an {@code A}. */
    default <B> Codec<B> widen(Function<? super A, ? extends B> decodeMap,
                               Function<? super B, ? extends Either<String, ? extends A>> encodeMap) {
        return MappedCodec.<A, B>of(this, "widen", decodeMap, null, null, encodeMap);
    }

    /** This codec with {@code name} added to the path of every error it reports. */
    default Codec<A> withContext(String name) {
        return new ContextCodec<>(name, this);
    }

    /** This codec, printing as {@code name}: for codecs whose expression is long or recursive. */
    default Codec<A> named(String name) {
        return new NamedCodec<>(name, this);
    }
}
