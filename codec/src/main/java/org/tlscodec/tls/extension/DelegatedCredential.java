package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * delegated_credential in a Certificate entry: {@code struct { Credential cred; SignatureScheme
 * algorithm; opaque signature<1..2^16-1>; } DelegatedCredential;} (RFC 9345 section 4), the
 * credential and the end-entity key's signature over it.
 */
public record DelegatedCredential(Credential cred, SignatureScheme algorithm, Bytes signature) implements Extension {
    public static final Codec<DelegatedCredential> CODEC = struct(
            field("cred", Credential.CODEC, DelegatedCredential::cred),
            field("algorithm", SignatureScheme.CODEC, DelegatedCredential::algorithm),
            field("signature", opaque(2, 1, 0xffff), DelegatedCredential::signature),
            DelegatedCredential::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.DELEGATED_CREDENTIAL;
    }
}
