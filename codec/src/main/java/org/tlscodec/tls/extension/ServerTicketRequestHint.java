package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint8;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * ticket_request in EncryptedExtensions: {@code struct { uint8 expected_count; }
 * ServerTicketRequestHint;} (RFC 9149 section 3): how many tickets the server means to send.
 */
public record ServerTicketRequestHint(int expectedCount) implements Extension {
    public static final Codec<ServerTicketRequestHint> CODEC = struct(
            field("expected_count", uint8(), ServerTicketRequestHint::expectedCount),
            ServerTicketRequestHint::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.TICKET_REQUEST;
    }
}
