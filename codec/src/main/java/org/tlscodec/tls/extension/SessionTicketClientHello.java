package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * session_ticket in ClientHello (RFC 5077 section 3.2): the whole extension_data is the ticket,
 * with no length of its own; empty when the client has none and asks for one. The ticket is the
 * server's opaque blob (its own format, RFC 5077 section 4, is only a recommendation).
 */
public record SessionTicketClientHello(Bytes ticket) implements Extension {
    public static final Codec<SessionTicketClientHello> CODEC = struct(
            field("ticket", remaining(), SessionTicketClientHello::ticket),
            SessionTicketClientHello::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.SESSION_TICKET;
    }
}
