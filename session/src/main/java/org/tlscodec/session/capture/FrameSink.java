package org.tlscodec.session.capture;

/**
 * Where a file reader hands each frame as it reads it, without making a {@link Frame}: its number,
 * the file offset and length of its captured bytes, its timestamp, link type and original length.
 */
@FunctionalInterface
interface FrameSink {
    /** One frame; false stops the reading. */
    boolean frame(int number, int dataOffset, int capturedLength, long timestampNanos, LinkType link, long originalLength);
}
