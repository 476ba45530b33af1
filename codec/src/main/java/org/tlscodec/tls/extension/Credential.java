package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint32;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * {@code struct { uint32 valid_time; SignatureScheme dc_cert_verify_algorithm; opaque
 * ASN1_subjectPublicKeyInfo<1..2^24-1>; } Credential;} (RFC 9345 section 4): the part of a
 * delegated credential the certificate's key signs. valid_time counts seconds from the
 * certificate's notBefore; the key stays DER, for the crypto layer.
 */
public record Credential(long validTime, SignatureScheme dcCertVerifyAlgorithm, Bytes asn1SubjectPublicKeyInfo) {
    public static final Codec<Credential> CODEC = struct(
            field("valid_time", uint32(), Credential::validTime),
            field("dc_cert_verify_algorithm", SignatureScheme.CODEC, Credential::dcCertVerifyAlgorithm),
            field("ASN1_subjectPublicKeyInfo", opaque(3, 1, 0xffffff), Credential::asn1SubjectPublicKeyInfo),
            Credential::new);
}
