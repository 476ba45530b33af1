package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.UserMappingType;

/**
 * user_mapping in ClientHello and ServerHello: {@code struct { UserMappingType
 * user_mapping_types<1..2^8-1>; } UserMappingTypeList;} (RFC 4681 section 2). The client offers
 * the types it can send in SupplementalData; the server answers with the same form, listing the
 * ones it accepts.
 */
public record UserMappingTypeList(Vector<UserMappingType> userMappingTypes) implements Extension {
    public static final Codec<UserMappingTypeList> CODEC = struct(
            field("user_mapping_types", vector(1, UserMappingType.CODEC, 1, 0xff), UserMappingTypeList::userMappingTypes),
            UserMappingTypeList::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.USER_MAPPING;
    }
}
