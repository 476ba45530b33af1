package org.tlscodec.tls.extension;

import org.tlscodec.tls.registry.EchClientHelloType;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint8;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * The outer ECHClientHello (draft-ietf-tls-esni-22 section 5): {@code HpkeSymmetricCipherSuite
 * cipher_suite; uint8 config_id; opaque enc<0..2^16-1>; opaque payload<1..2^16-1>;}. enc is the
 * HPKE encapsulated key (empty in the second hello after a HelloRetryRequest), payload the
 * encrypted EncodedClientHelloInner.
 */
public record EchClientHelloOuter(HpkeSymmetricCipherSuite cipherSuite, int configId, Bytes enc, Bytes payload)
        implements EchClientHello {
    public static final Codec<EchClientHelloOuter> CODEC = struct(
            field("cipher_suite", HpkeSymmetricCipherSuite.CODEC, EchClientHelloOuter::cipherSuite),
            field("config_id", uint8(), EchClientHelloOuter::configId),
            field("enc", opaque(2, 0, 0xffff), EchClientHelloOuter::enc),
            field("payload", opaque(2, 1, 0xffff), EchClientHelloOuter::payload),
            EchClientHelloOuter::new);

    @Override
    public EchClientHelloType helloType() {
        return EchClientHelloType.OUTER;
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.ENCRYPTED_CLIENT_HELLO;
    }
}
