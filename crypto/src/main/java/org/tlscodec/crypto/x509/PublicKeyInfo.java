package org.tlscodec.crypto.x509;

import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;

/**
 * The subject's key: its algorithm ("RSA", "RSASSA-PSS", "EC", "Ed25519", "Ed448", "X25519",
 * "X448", "DSA", or the OID when unknown), size in bits (the modulus for RSA and DSA, the field for
 * EC), the named curve for EC (e.g. "secp256r1"), and the DER SubjectPublicKeyInfo.
 */
public record PublicKeyInfo(String algorithm, Option<Integer> keySize, Option<String> curve, Bytes subjectPublicKeyInfo) {
}
