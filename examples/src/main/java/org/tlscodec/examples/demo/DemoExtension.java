package org.tlscodec.examples.demo;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * DEMO: an extension with its data left opaque (RFC 8446 section 4.2). The real
 * {@code Extension} selects a typed body by {@code extension_type}.
 *
 * <pre>
 * struct {
 *     ExtensionType extension_type;  // uint16
 *     opaque extension_data&lt;0..2^16-1&gt;;
 * } Extension;
 * </pre>
 */
public record DemoExtension(int extensionType, Bytes extensionData) {

    public static final Codec<DemoExtension> CODEC = struct(
            field("extension_type", uint16(), DemoExtension::extensionType),
            field("extension_data", opaque(2, 0, 0xffff), DemoExtension::extensionData),
            DemoExtension::new);
}
