package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint8;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HpkeKemId;

/**
 * {@code struct { uint8 config_id; HpkeKemId kem_id; HpkePublicKey public_key;
 * HpkeSymmetricCipherSuite cipher_suites<4..2^16-4>; } HpkeKeyConfig;} with {@code opaque
 * HpkePublicKey<1..2^16-1>} (draft-ietf-tls-esni-22 section 4): the server's HPKE key and the
 * suites it accepts with it; config_id lets a client name the key in its outer hello.
 */
public record HpkeKeyConfig(int configId, HpkeKemId kemId, Bytes publicKey, Vector<HpkeSymmetricCipherSuite> cipherSuites) {
    public static final Codec<HpkeKeyConfig> CODEC = struct(
            field("config_id", uint8(), HpkeKeyConfig::configId),
            field("kem_id", HpkeKemId.CODEC, HpkeKeyConfig::kemId),
            field("public_key", opaque(2, 1, 0xffff), HpkeKeyConfig::publicKey),
            field("cipher_suites", vector(2, HpkeSymmetricCipherSuite.CODEC, 4, 0xfffc), HpkeKeyConfig::cipherSuites),
            HpkeKeyConfig::new);
}
