package org.tlscodec.session.capture;

/**
 * Something in a connection's TCP streams that the reassembly could not make whole or had to
 * choose about (RFC 9293 section 3.10.7.4 describes how a receiver trims and orders segments;
 * a passive reader sees every copy and reports what differs).
 */
public sealed interface StreamNote {

    /** The side whose stream this is about. */
    Side side();

    /** A human-readable account. */
    String message();

    /** Bytes that never arrived: the stream goes on after a hole of {@code length} bytes at {@code offset}. */
    record Gap(Side side, long offset, long length) implements StreamNote {
        @Override
        public String message() {
            return side.label() + " stream: " + length + " bytes missing at offset " + offset + " (a segment was not captured)";
        }
    }

    /**
     * A retransmitted or overlapping segment (frame {@code frame}) whose bytes differ from those first
     * seen at the same place (frame {@code firstFrame}); the first bytes were kept.
     */
    record ConflictingOverlap(Side side, long offset, long length, int frame, int firstFrame) implements StreamNote {
        @Override
        public String message() {
            return side.label() + " stream: frame " + frame + " resends " + length + " bytes at offset " + offset
                    + " that differ from those of frame " + firstFrame + " (the first are kept)";
        }
    }

    /** Bytes a side sent past its FIN, or after its RST: not part of the stream. */
    record AfterEnd(Side side, long offset, long length, int frame) implements StreamNote {
        @Override
        public String message() {
            return side.label() + " stream: frame " + frame + " carries " + length + " bytes at offset " + offset
                    + " after the stream ended (FIN or RST): left out";
        }
    }

    /**
     * Bytes placed before the stream's first byte, at {@code offset} (negative) from it. With no SYN
     * captured, they arrived after later bytes had been delivered: {@code kept} in the stream, which
     * then starts with them, but not in the interleaving. With a SYN, their sequence numbers come
     * before it: not kept.
     */
    record BeforeStart(Side side, long offset, long length, int frame, boolean kept) implements StreamNote {
        @Override
        public String message() {
            return side.label() + " stream: frame " + frame + " carries " + length + " bytes at offset " + offset
                    + ", before the stream's first byte: " + (kept
                    ? "kept at the start of the stream (no SYN captured), not in the interleaving"
                    : "left out (they come before the SYN's sequence number)");
        }
    }
}
