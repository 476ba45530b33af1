package org.tlscodec.tls.extension;

import org.tlscodec.codec.Bytes;

/**
 * An ECHConfig of a version this library does not read (draft-ietf-tls-esni-22 section 4: a client
 * skips those): its version and the bytes its length framed, so it re-encodes exactly.
 */
public record UnknownEchConfig(int version, Bytes contents) implements EchConfig {
}
