package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint32;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * {@code struct { opaque identity<1..2^16-1>; uint32 obfuscated_ticket_age; } PskIdentity;}
 * (RFC 8446 section 4.2.11). The identity is a ticket or an external PSK's label, opaque here;
 * the age is the ticket age plus ticket_age_add mod 2^32, kept as the unsigned wire value.
 */
public record PskIdentity(Bytes identity, long obfuscatedTicketAge) {
    public static final Codec<PskIdentity> CODEC = struct(
            field("identity", opaque(2, 1, 0xffff), PskIdentity::identity),
            field("obfuscated_ticket_age", uint32(), PskIdentity::obfuscatedTicketAge),
            PskIdentity::new);
}
