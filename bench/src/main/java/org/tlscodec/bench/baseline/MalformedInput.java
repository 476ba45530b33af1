package org.tlscodec.bench.baseline;

/** What the hand-written parser throws on bytes it cannot accept: what was wrong, and where. */
public final class MalformedInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int offset;

    public MalformedInput(String message, int offset) {
        super(message + " at offset " + offset);
        this.offset = offset;
    }

    /** The offset in the message where the problem was seen. */
    public int offset() {
        return offset;
    }
}
