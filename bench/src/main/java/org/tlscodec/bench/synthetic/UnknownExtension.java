package org.tlscodec.bench.synthetic;

import org.tlscodec.codec.Bytes;

/** An extension whose type has no case: its body is kept as it came. */
public record UnknownExtension(int type, Bytes data) implements Extension {
}
