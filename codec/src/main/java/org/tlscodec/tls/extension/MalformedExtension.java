package org.tlscodec.tls.extension;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * In lenient mode only: a known extension whose extension_data did not decode. It keeps the bytes
 * (re-encoded exactly) and the error (path relative to the extension), so a dissector goes on.
 */
public record MalformedExtension(ExtensionType type, Bytes extensionData, CodecError error) implements Extension {
}
