package org.tlscodec.tls.sslv2;

import org.tlscodec.tls.registry.SSLv2AuthenticationType;
import org.tlscodec.tls.registry.SSLv2MessageType;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * REQUEST-CERTIFICATE (draft-hickman-netscape-ssl-00, "Server Only Protocol Messages"), after its
 * type byte: {@code AUTHENTICATION-TYPE CERTIFICATE-CHALLENGE-DATA[N-1]}; the challenge runs to the
 * end of the record.
 */
public record SSLv2RequestCertificate(SSLv2AuthenticationType authenticationType, Bytes certificateChallenge)
        implements SSLv2Message {
    public static final Codec<SSLv2RequestCertificate> CODEC = struct(
            field("authentication_type", SSLv2AuthenticationType.CODEC, SSLv2RequestCertificate::authenticationType),
            field("certificate_challenge", remaining(), SSLv2RequestCertificate::certificateChallenge),
            SSLv2RequestCertificate::new);

    @Override
    public SSLv2MessageType msgType() {
        return SSLv2MessageType.REQUEST_CERTIFICATE;
    }
}
