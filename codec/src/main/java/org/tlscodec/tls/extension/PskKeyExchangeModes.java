package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.PskKeyExchangeMode;

/**
 * psk_key_exchange_modes in ClientHello: {@code struct { PskKeyExchangeMode ke_modes<1..255>; } PskKeyExchangeModes;}
 * (RFC 8446 section 4.2.9): which PSK modes (psk_ke, psk_dhe_ke) the client allows, for resumption
 * now and for the tickets it will get.
 */
public record PskKeyExchangeModes(Vector<PskKeyExchangeMode> keModes) implements Extension {
    public static final Codec<PskKeyExchangeModes> CODEC = struct(
            field("ke_modes", vector(1, PskKeyExchangeMode.CODEC, 1, 255), PskKeyExchangeModes::keModes),
            PskKeyExchangeModes::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.PSK_KEY_EXCHANGE_MODES;
    }
}
