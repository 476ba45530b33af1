package org.tlscodec.codec;

/** A value decoded from the front of an input, with the bytes that follow it. */
public record Decoded<A>(A value, Bytes remainder) {
}
