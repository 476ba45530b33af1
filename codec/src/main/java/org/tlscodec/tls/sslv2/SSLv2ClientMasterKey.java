package org.tlscodec.tls.sslv2;

import org.tlscodec.tls.registry.SSLv2MessageType;
import static org.tlscodec.codec.Codecs.dependent;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.provide;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;

import io.vavr.Tuple;
import io.vavr.Tuple4;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.SslV2CipherKind;

/**
 * CLIENT-MASTER-KEY (draft-hickman-netscape-ssl-00, "Client Only Protocol Messages"), after its
 * type byte: {@code CIPHER-KIND[3] CLEAR-KEY-LENGTH[2] ENCRYPTED-KEY-LENGTH[2] KEY-ARG-LENGTH[2]}
 * then clear key, encrypted key and key argument; lengths first, so a {@code dependent} head.
 */
public record SSLv2ClientMasterKey(SslV2CipherKind cipherKind, Bytes clearKey, Bytes encryptedKey, Bytes keyArg)
        implements SSLv2Message {

    private static final Codec<Tuple4<SslV2CipherKind, Integer, Integer, Integer>> HEAD = struct(
            field("cipher_kind", SslV2CipherKind.CODEC, Tuple4::_1),
            field("clear_key_length", uint16(), Tuple4::_2),
            field("encrypted_key_length", uint16(), Tuple4::_3),
            field("key_arg_length", uint16(), Tuple4::_4),
            Tuple::of);

    public static final Codec<SSLv2ClientMasterKey> CODEC = dependent(HEAD,
            v -> Tuple.of(v.cipherKind(), v.clearKey().size(), v.encryptedKey().size(), v.keyArg().size()),
            h -> struct(
                    field("cipher_kind", provide(h._1), SSLv2ClientMasterKey::cipherKind),
                    field("clear_key", fixed(h._2), SSLv2ClientMasterKey::clearKey),
                    field("encrypted_key", fixed(h._3), SSLv2ClientMasterKey::encryptedKey),
                    field("key_arg", fixed(h._4), SSLv2ClientMasterKey::keyArg),
                    SSLv2ClientMasterKey::new));

    @Override
    public SSLv2MessageType msgType() {
        return SSLv2MessageType.CLIENT_MASTER_KEY;
    }
}
