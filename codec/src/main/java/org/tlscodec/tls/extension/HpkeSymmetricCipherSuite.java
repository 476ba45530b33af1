package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HpkeAeadId;
import org.tlscodec.tls.registry.HpkeKdfId;

/**
 * {@code struct { HpkeKdfId kdf_id; HpkeAeadId aead_id; } HpkeSymmetricCipherSuite;}
 * (draft-ietf-tls-esni-22 section 4): the KDF and AEAD half of an HPKE suite (RFC 9180 section 7),
 * the KEM being fixed by the ECHConfig's key.
 */
public record HpkeSymmetricCipherSuite(HpkeKdfId kdfId, HpkeAeadId aeadId) {
    public static final Codec<HpkeSymmetricCipherSuite> CODEC = struct(
            field("kdf_id", HpkeKdfId.CODEC, HpkeSymmetricCipherSuite::kdfId),
            field("aead_id", HpkeAeadId.CODEC, HpkeSymmetricCipherSuite::aeadId),
            HpkeSymmetricCipherSuite::new);
}
