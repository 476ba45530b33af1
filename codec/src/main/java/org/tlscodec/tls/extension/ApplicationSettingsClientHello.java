package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * application_settings (ALPS, draft-vvv-tls-alps-01 section 3) in ClientHello: {@code struct {
 * ProtocolName supported_protocols<2..2^16-1>; } ApplicationSettingsSupport;} with {@code opaque
 * ProtocolName<1..2^8-1>} as in ALPN: the ALPN protocols for which the client has settings to
 * exchange. Chrome sends it under the draft's code 17513 and, since 2024, under 17613; the bytes
 * are the same, so the record keeps its type.
 */
public record ApplicationSettingsClientHello(ExtensionType type, Vector<Bytes> supportedProtocols) implements Extension {

    /** The codec under {@code type} (application_settings or application_settings_new). */
    public static Codec<ApplicationSettingsClientHello> codecFor(ExtensionType type) {
        return struct(
                field("supported_protocols", vector(2, opaque(1, 1, 0xff), 2, 0xffff), ApplicationSettingsClientHello::supportedProtocols),
                p -> new ApplicationSettingsClientHello(type, p));
    }
}
