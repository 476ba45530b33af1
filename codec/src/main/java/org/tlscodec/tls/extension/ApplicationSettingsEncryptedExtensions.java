package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * application_settings (ALPS, draft-vvv-tls-alps-01 section 3) in EncryptedExtensions: {@code
 * opaque application_settings<0..2^16-1>} taking the whole extension_data with no length of its
 * own: the server's settings for the negotiated protocol, in the protocol's format (HTTP/2
 * SETTINGS frames for h2). Kept as bytes. Carries its type, as 17513 and 17613 share the form.
 */
public record ApplicationSettingsEncryptedExtensions(ExtensionType type, Bytes applicationSettings) implements Extension {

    /** The codec under {@code type} (application_settings or application_settings_new). */
    public static Codec<ApplicationSettingsEncryptedExtensions> codecFor(ExtensionType type) {
        return struct(
                field("application_settings", remaining(), ApplicationSettingsEncryptedExtensions::applicationSettings),
                s -> new ApplicationSettingsEncryptedExtensions(type, s));
    }
}
