package org.tlscodec.tls.sslv2;

import org.tlscodec.tls.registry.SSLv2MessageType;
import org.tlscodec.codec.Bytes;

/** An SSL 2.0 message of an unassigned type: the type byte and the rest of the record, kept as they came. */
public record SSLv2MessageUnknown(SSLv2MessageType msgType, Bytes body) implements SSLv2Message {
}
