package org.tlscodec.codec;

/**
 * The signal a failing codec raises inside {@link Codec#read} or {@link Codec#write}. It has no
 * stack trace (it is a control-flow signal, cheap to raise) and it never leaves the public API:
 * {@link Codec#decode}, {@link Codec#decodePrefix} and {@link Codec#encode} turn it into a
 * {@link CodecError} value. Enclosing combinators add their path segment as it travels out.
 *
 * <p>Only code that implements {@link Codec#read} or {@link Codec#write} itself raises or catches it.
 */
public final class CodecFailure extends RuntimeException {
    private CodecError error;

    public CodecFailure(CodecError error) {
        super(null, null, false, false);
        this.error = error;
    }

    public CodecError error() {
        return error;
    }

    /** Adds an enclosing field or context name to the path, and returns this signal to rethrow. */
    public CodecFailure under(String name) {
        error = error.withPath(error.path().under(name));
        return this;
    }

    /** Adds an enclosing vector index to the path, and returns this signal to rethrow. */
    public CodecFailure underIndex(int index) {
        error = error.withPath(error.path().underIndex(index));
        return this;
    }

    @Override
    public String getMessage() {
        return error.describe();
    }
}
