package org.tlscodec.session.capture;

import org.tlscodec.codec.Bytes;

/**
 * Why a capture, or part of it, could not be read. Every error says where (a byte offset in the
 * file, and the frame number for a packet) and what was expected there; what was read before it is
 * still returned.
 */
public sealed interface CaptureError {

    /** A human-readable account, naming the offset and what was expected. */
    String message();

    /** The file starts with no magic number this package knows. */
    record NotACapture(Bytes found) implements CaptureError {
        @Override
        public String message() {
            return "not a capture file: found " + (found.isEmpty() ? "no bytes" : "magic " + found.hex())
                    + " at offset 0, expected a libpcap magic number (a1b2c3d4, a1b23c4d or a1b2cd34, either byte order)"
                    + " or a pcapng Section Header Block (0a0d0d0a)";
        }
    }

    /** The file ends inside a header or a packet: everything before {@code offset} was read. */
    record Truncated(long offset, String expected, long available) implements CaptureError {
        @Override
        public String message() {
            return "file cut at offset " + offset + ": expected " + expected + ", only " + available + " bytes remain";
        }
    }

    /** A file-level structure (header, block, option) that is not what its format allows. */
    record Malformed(long offset, String expected) implements CaptureError {
        @Override
        public String message() {
            return "malformed capture at offset " + offset + ": expected " + expected;
        }
    }

    /** A packet that could not be read and was skipped; the frames around it were read. */
    record BadPacket(int frame, long offset, String expected) implements CaptureError {
        @Override
        public String message() {
            return "frame " + frame + " at offset " + offset + " skipped: expected " + expected;
        }
    }

    /** A frame or file that cannot be written as asked (an IPv6 address on an IPv4 link, ...). */
    record Unwritable(String reason) implements CaptureError {
        @Override
        public String message() {
            return "cannot write: " + reason;
        }
    }
}
