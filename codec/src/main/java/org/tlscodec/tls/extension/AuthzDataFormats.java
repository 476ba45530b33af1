package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.AuthorizationDataFormat;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * client_authz and server_authz: {@code struct { AuthzDataFormat authz_format_list<1..2^8-1>; }
 * AuthzDataFormats;} (RFC 5878 section 3). The same form in both hellos: the client lists the
 * formats it can send (client_authz) or accept (server_authz), the server answers with the ones it
 * agrees to. One record for the two extension types, so it carries its type.
 */
public record AuthzDataFormats(ExtensionType type, Vector<AuthorizationDataFormat> authzFormatList) implements Extension {

    /** The codec of this form under {@code type} (client_authz or server_authz). */
    public static Codec<AuthzDataFormats> codecFor(ExtensionType type) {
        return struct(
                field("authz_format_list", vector(1, AuthorizationDataFormat.CODEC, 1, 0xff), AuthzDataFormats::authzFormatList),
                list -> new AuthzDataFormats(type, list));
    }
}
