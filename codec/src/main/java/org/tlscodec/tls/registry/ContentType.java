package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * ContentType of RFC 8446 section 5.1 (IANA "TLS ContentType"): the record layer's first byte.
 * Open: an unregistered code is kept, so a record of any type round-trips.
 */
public record ContentType(int code) implements RegistryValue {
    private static final Registry.Builder<ContentType> B = Registry.builder("ContentType", 1, ContentType::new, ContentType::code);

    public static final ContentType CHANGE_CIPHER_SPEC = B.add(20, "change_cipher_spec");
    public static final ContentType ALERT = B.add(21, "alert");
    public static final ContentType HANDSHAKE = B.add(22, "handshake");
    public static final ContentType APPLICATION_DATA = B.add(23, "application_data");
    public static final ContentType HEARTBEAT = B.add(24, "heartbeat");
    public static final ContentType TLS12_CID = B.add(25, "tls12_cid");
    public static final ContentType ACK = B.add(26, "ack");
    public static final ContentType RETURN_ROUTABILITY_CHECK = B.add(27, "return_routability_check");

    public static final Registry<ContentType> REGISTRY = B.build();

    /** {@code ContentType type;}: one byte. */
    public static final Codec<ContentType> CODEC = REGISTRY.codec();

    public ContentType {
        Registry.checkCode("ContentType", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static ContentType of(int code) {
        return REGISTRY.of(code);
    }

    @Override
    public Registry<?> registry() {
        return REGISTRY;
    }

    @Override
    public String toString() {
        return display();
    }
}
