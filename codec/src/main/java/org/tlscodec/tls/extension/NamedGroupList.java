package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * supported_groups: {@code struct { NamedGroup named_group_list<2..2^16-1>; } NamedGroupList;}
 * (RFC 8446 section 4.2.7; RFC 8422 section 5.1.1 for TLS 1.2, where it was elliptic_curves). In
 * ClientHello, and in TLS 1.3 EncryptedExtensions, where the server tells its own preference.
 */
public record NamedGroupList(Vector<NamedGroup> namedGroupList) implements Extension {
    public static final Codec<NamedGroupList> CODEC = struct(
            field("named_group_list", vector(2, NamedGroup.CODEC, 2, 0xffff), NamedGroupList::namedGroupList),
            NamedGroupList::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.SUPPORTED_GROUPS;
    }
}
