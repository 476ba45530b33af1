package org.tlscodec.tls.sslv2;

import org.tlscodec.tls.registry.SSLv2CertificateType;
import org.tlscodec.tls.registry.SSLv2MessageType;
import static org.tlscodec.codec.Codecs.dependent;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.provide;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;
import static org.tlscodec.codec.Codecs.uint8;

import io.vavr.Tuple;
import io.vavr.Tuple6;
import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SslV2CipherKind;

/**
 * SERVER-HELLO (draft-hickman-netscape-ssl-00, "Server Only Protocol Messages"), after its type
 * byte: {@code SESSION-ID-HIT CERTIFICATE-TYPE SERVER-VERSION[2] CERTIFICATE-LENGTH[2] CIPHER-SPECS-LENGTH[2] CONNECTION-ID-LENGTH[2]}
 * then certificate, cipher specs and connection id. The lengths come first: they are the head of a
 * {@code dependent} codec, written from the data. SESSION-ID-HIT is kept as its byte (non-zero is a
 * hit), so any byte round-trips.
 */
public record SSLv2ServerHello(int sessionIdHit, SSLv2CertificateType certificateType, ProtocolVersion serverVersion,
                               Bytes certificate, Vector<SslV2CipherKind> cipherSpecs, Bytes connectionId) implements SSLv2Message {

    private static final Codec<Tuple6<Integer, SSLv2CertificateType, ProtocolVersion, Integer, Integer, Integer>> HEAD = struct(
            field("session_id_hit", uint8(), Tuple6::_1),
            field("certificate_type", SSLv2CertificateType.CODEC, Tuple6::_2),
            field("server_version", ProtocolVersion.CODEC, Tuple6::_3),
            field("certificate_length", uint16(), Tuple6::_4),
            field("cipher_specs_length", uint16(), Tuple6::_5),
            field("connection_id_length", uint16(), Tuple6::_6),
            Tuple::of);

    public static final Codec<SSLv2ServerHello> CODEC = dependent(HEAD,
            v -> Tuple.of(v.sessionIdHit(), v.certificateType(), v.serverVersion(), v.certificate().size(),
                    SSLv2CipherSpecs.length(v.cipherSpecs()), v.connectionId().size()),
            h -> struct(
                    field("session_id_hit", provide(h._1), SSLv2ServerHello::sessionIdHit),
                    field("certificate_type", provide(h._2), SSLv2ServerHello::certificateType),
                    field("server_version", provide(h._3), SSLv2ServerHello::serverVersion),
                    field("certificate", fixed(h._4), SSLv2ServerHello::certificate),
                    field("cipher_specs", SSLv2CipherSpecs.exactly(h._5), SSLv2ServerHello::cipherSpecs),
                    field("connection_id", fixed(h._6), SSLv2ServerHello::connectionId),
                    SSLv2ServerHello::new));

    @Override
    public SSLv2MessageType msgType() {
        return SSLv2MessageType.SERVER_HELLO;
    }
}
