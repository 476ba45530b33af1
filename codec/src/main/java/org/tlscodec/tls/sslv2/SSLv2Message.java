package org.tlscodec.tls.sslv2;

import org.tlscodec.tls.registry.SSLv2MessageType;
import static org.tlscodec.codec.Codecs.select;

import org.tlscodec.codec.Codec;

/**
 * An SSL 2.0 message: the payload of one SSL 2.0 record (draft-hickman-netscape-ssl-00, "SSL
 * Handshake Protocol"), a type byte then a body whose shape the type decides. A message has no
 * length of its own: it runs to the end of the record, which the record layer delimits. An unknown
 * type keeps the rest as {@link SSLv2MessageUnknown}.
 *
 * <p>No default methods here: the variants must not initialise this interface while it builds
 * {@link #CODEC} from them.
 */
public sealed interface SSLv2Message permits SSLv2Error, SSLv2ClientHello, SSLv2ClientMasterKey, SSLv2ClientFinished,
        SSLv2ServerHello, SSLv2ServerVerify, SSLv2ServerFinished, SSLv2RequestCertificate, SSLv2ClientCertificate,
        SSLv2MessageUnknown {

    /** The message type byte. */
    SSLv2MessageType msgType();

    Codec<SSLv2Message> CODEC = select(SSLv2MessageType.CODEC, SSLv2Message::msgType)
            .caseOf(SSLv2MessageType.ERROR, "error", SSLv2Error.class, SSLv2Error.CODEC)
            .caseOf(SSLv2MessageType.CLIENT_HELLO, "client_hello", SSLv2ClientHello.class, SSLv2ClientHello.CODEC)
            .caseOf(SSLv2MessageType.CLIENT_MASTER_KEY, "client_master_key", SSLv2ClientMasterKey.class, SSLv2ClientMasterKey.CODEC)
            .caseOf(SSLv2MessageType.CLIENT_FINISHED, "client_finished", SSLv2ClientFinished.class, SSLv2ClientFinished.CODEC)
            .caseOf(SSLv2MessageType.SERVER_HELLO, "server_hello", SSLv2ServerHello.class, SSLv2ServerHello.CODEC)
            .caseOf(SSLv2MessageType.SERVER_VERIFY, "server_verify", SSLv2ServerVerify.class, SSLv2ServerVerify.CODEC)
            .caseOf(SSLv2MessageType.SERVER_FINISHED, "server_finished", SSLv2ServerFinished.class, SSLv2ServerFinished.CODEC)
            .caseOf(SSLv2MessageType.REQUEST_CERTIFICATE, "request_certificate", SSLv2RequestCertificate.class,
                    SSLv2RequestCertificate.CODEC)
            .caseOf(SSLv2MessageType.CLIENT_CERTIFICATE, "client_certificate", SSLv2ClientCertificate.class,
                    SSLv2ClientCertificate.CODEC)
            .otherwise(SSLv2MessageUnknown.class, SSLv2MessageUnknown::new, SSLv2MessageUnknown::body);
}
