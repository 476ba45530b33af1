package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.opaque16;
import static org.tlscodec.codec.Codecs.opaque8;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint32;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.tls.extension.Extensions;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * NewSessionTicket: the same message type with two unrelated bodies. TLS 1.2 sends it once,
 * before its ChangeCipherSpec, as RFC 5077 section 3.3 defines it; TLS 1.3 sends any number after
 * the handshake, with an age obfuscator, a nonce for the PSK derivation and extensions (RFC 8446
 * section 4.6.1). The negotiated version picks the body; without one the message stays raw.
 */
public sealed interface NewSessionTicket extends HandshakeMessage {

    @Override
    default HandshakeType msgType() {
        return HandshakeType.NEW_SESSION_TICKET;
    }

    /** RFC 5077 section 3.3: {@code uint32 ticket_lifetime_hint; opaque ticket<0..2^16-1>;}. */
    record Tls12(long ticketLifetimeHint, Bytes ticket) implements NewSessionTicket {
        public static final Codec<Tls12> CODEC = struct(
                field("ticket_lifetime_hint", uint32(), Tls12::ticketLifetimeHint),
                field("ticket", opaque16(), Tls12::ticket),
                Tls12::new);
    }

    /**
     * RFC 8446 section 4.6.1: {@code uint32 ticket_lifetime; uint32 ticket_age_add; opaque
     * ticket_nonce<0..255>; opaque ticket<1..2^16-1>; Extension extensions<0..2^16-2>;}.
     */
    record Tls13(long ticketLifetime, long ticketAgeAdd, Bytes ticketNonce, Bytes ticket, Vector<Extension> extensions)
            implements NewSessionTicket {
        private static final Codec<Tls13> STRICT = build(false);
        private static final Codec<Tls13> LENIENT = build(true);

        public static final Codec<Tls13> CODEC = STRICT;

        public static Codec<Tls13> codec(boolean lenient) {
            return lenient ? LENIENT : STRICT;
        }

        private static Codec<Tls13> build(boolean lenient) {
            return struct(
                    field("ticket_lifetime", uint32(), Tls13::ticketLifetime),
                    field("ticket_age_add", uint32(), Tls13::ticketAgeAdd),
                    field("ticket_nonce", opaque8(), Tls13::ticketNonce),
                    field("ticket", opaque(2, 1, 0xffff), Tls13::ticket),
                    field("extensions", Extensions.list(ExtensionContext.NEW_SESSION_TICKET, lenient), Tls13::extensions),
                    Tls13::new);
        }
    }

    /** The body of the negotiated version; none while the version is not known. */
    static Option<Codec<NewSessionTicket>> codec(WireContext ctx) {
        return Generation.of(ctx).map(g -> g == Generation.TLS13
                ? Handshake.upcast(Tls13.codec(ctx.lenient()), Tls13.class)
                : Handshake.upcast(Tls12.CODEC, Tls12.class));
    }
}
