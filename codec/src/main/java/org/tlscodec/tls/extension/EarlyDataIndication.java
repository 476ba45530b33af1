package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint32;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * early_data in NewSessionTicket: the {@code case new_session_ticket: uint32 max_early_data_size;}
 * arm of EarlyDataIndication (RFC 8446 section 4.2.10), the most 0-RTT data the server will take
 * with this ticket. In ClientHello and EncryptedExtensions the extension is empty.
 */
public record EarlyDataIndication(long maxEarlyDataSize) implements Extension {
    public static final Codec<EarlyDataIndication> CODEC = struct(
            field("max_early_data_size", uint32(), EarlyDataIndication::maxEarlyDataSize),
            EarlyDataIndication::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.EARLY_DATA;
    }
}
