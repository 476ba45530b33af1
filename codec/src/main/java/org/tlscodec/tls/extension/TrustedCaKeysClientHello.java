package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * trusted_ca_keys in ClientHello: {@code TrustedAuthority trusted_authorities_list<0..2^16-1>;}
 * (RFC 6066 section 6), the CAs whose keys a constrained client holds, so the server can pick a
 * chain it will accept. The server's answer is empty (see {@link SpecialistExtensions}).
 */
public record TrustedCaKeysClientHello(Vector<TrustedAuthority> trustedAuthoritiesList) implements Extension {
    public static final Codec<TrustedCaKeysClientHello> CODEC = struct(
            field("trusted_authorities_list", vector(2, TrustedAuthority.CODEC, 0, 0xffff), TrustedCaKeysClientHello::trustedAuthoritiesList),
            TrustedCaKeysClientHello::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.TRUSTED_CA_KEYS;
    }
}
