package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.TokenBindingKeyParameters;

/**
 * token_binding in ClientHello and ServerHello: {@code struct { TB_ProtocolVersion
 * token_binding_version; TokenBindingKeyParameters key_parameters_list<1..2^8-1>; }
 * TokenBindingParameters;} (RFC 8472 sections 3 and 4). The same form both ways: the client offers
 * its highest version and key types, the server answers with the version and the one key type it
 * chose.
 */
public record TokenBindingParameters(TbProtocolVersion tokenBindingVersion, Vector<TokenBindingKeyParameters> keyParametersList)
        implements Extension {
    public static final Codec<TokenBindingParameters> CODEC = struct(
            field("token_binding_version", TbProtocolVersion.CODEC, TokenBindingParameters::tokenBindingVersion),
            field("key_parameters_list", vector(1, TokenBindingKeyParameters.CODEC, 1, 0xff), TokenBindingParameters::keyParametersList),
            TokenBindingParameters::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.TOKEN_BINDING;
    }
}
