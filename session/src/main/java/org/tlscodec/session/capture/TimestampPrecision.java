package org.tlscodec.session.capture;

/** The timestamp unit a libpcap file is written with: its magic number says which. */
public enum TimestampPrecision {
    /** Magic a1b2c3d4. */
    MICROSECONDS,
    /** Magic a1b23c4d. */
    NANOSECONDS
}
