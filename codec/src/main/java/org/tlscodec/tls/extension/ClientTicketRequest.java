package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint8;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * ticket_request in ClientHello: {@code struct { uint8 new_session_count; uint8 resumption_count; }
 * ClientTicketRequest;} (RFC 9149 section 3): how many tickets the client wants for a new session
 * and for a resumed one.
 */
public record ClientTicketRequest(int newSessionCount, int resumptionCount) implements Extension {
    public static final Codec<ClientTicketRequest> CODEC = struct(
            field("new_session_count", uint8(), ClientTicketRequest::newSessionCount),
            field("resumption_count", uint8(), ClientTicketRequest::resumptionCount),
            ClientTicketRequest::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.TICKET_REQUEST;
    }
}
