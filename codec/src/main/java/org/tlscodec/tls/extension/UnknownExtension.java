package org.tlscodec.tls.extension;

import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * An extension whose type has no definition in this message: unregistered, GREASE (RFC 8701), or
 * registered for other messages only. Kept byte for byte, so it re-encodes exactly; whether it
 * was allowed here is for {@link ExtensionRules} to say.
 */
public record UnknownExtension(ExtensionType type, Bytes extensionData) implements Extension {
}
