package org.tlscodec.tls.extension;

import org.tlscodec.tls.registry.ExtensionType;

/**
 * One extension: {@code struct { ExtensionType extension_type; opaque extension_data<0..2^16-1>; }}
 * (RFC 8446 section 4.2), with {@code extension_data} decoded into the record of its type, or
 * kept as bytes ({@link UnknownExtension}, {@link MalformedExtension}).
 */
public interface Extension {

    /** The extension_type on the wire. */
    ExtensionType type();
}
