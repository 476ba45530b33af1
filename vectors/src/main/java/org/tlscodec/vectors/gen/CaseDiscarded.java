package org.tlscodec.vectors.gen;

/**
 * Signals that the case being generated is invalid and must be thrown away, not reported as a
 * failure: a {@link Gen#filter filter} rejected too many values, the case drew more than
 * {@link Choices#MAX_DRAWS} choices (an overrun), or a check called {@link Property#assume}.
 *
 * <p>The runner counts discarded cases and the shrinker treats them as "not interesting". Code that
 * drives generators itself (a fuzzer, a corpus writer) can use {@link Gen#attempt} instead of
 * catching this. It carries no stack trace: it is control flow, not an error.
 */
public final class CaseDiscarded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A case discarded for the given reason. */
    public CaseDiscarded(String reason) {
        super(reason, null, false, false);
    }

    /** Why the case was discarded. */
    public String reason() {
        String m = getMessage();
        return m == null ? "discarded" : m;
    }
}
