package org.tlscodec.tls.sslv2;

import org.tlscodec.tls.registry.SSLv2CertificateType;
import org.tlscodec.tls.registry.SSLv2MessageType;
import static org.tlscodec.codec.Codecs.dependent;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.provide;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;

import io.vavr.Tuple;
import io.vavr.Tuple3;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * CLIENT-CERTIFICATE (draft-hickman-netscape-ssl-00, "Client Only Protocol Messages"), after its
 * type byte: {@code CERTIFICATE-TYPE CERTIFICATE-LENGTH[2] RESPONSE-LENGTH[2]} then the certificate
 * and the response (the signature over the challenge); lengths first, so a {@code dependent} head.
 */
public record SSLv2ClientCertificate(SSLv2CertificateType certificateType, Bytes certificate, Bytes response)
        implements SSLv2Message {

    private static final Codec<Tuple3<SSLv2CertificateType, Integer, Integer>> HEAD = struct(
            field("certificate_type", SSLv2CertificateType.CODEC, Tuple3::_1),
            field("certificate_length", uint16(), Tuple3::_2),
            field("response_length", uint16(), Tuple3::_3),
            Tuple::of);

    public static final Codec<SSLv2ClientCertificate> CODEC = dependent(HEAD,
            v -> Tuple.of(v.certificateType(), v.certificate().size(), v.response().size()),
            h -> struct(
                    field("certificate_type", provide(h._1), SSLv2ClientCertificate::certificateType),
                    field("certificate", fixed(h._2), SSLv2ClientCertificate::certificate),
                    field("response", fixed(h._3), SSLv2ClientCertificate::response),
                    SSLv2ClientCertificate::new));

    @Override
    public SSLv2MessageType msgType() {
        return SSLv2MessageType.CLIENT_CERTIFICATE;
    }
}
