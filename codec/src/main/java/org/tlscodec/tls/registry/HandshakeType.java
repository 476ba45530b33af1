package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * HandshakeType (RFC 8446 section 4; IANA "TLS HandshakeType"), with the TLS 1.2 messages,
 * hello_verify_request of DTLS, next_protocol of the NPN draft and the synthetic message_hash
 * of RFC 8446 section 4.4.1. hello_retry_request (6) is reserved: TLS 1.3 sends it as a ServerHello.
 */
public record HandshakeType(int code) implements RegistryValue {
    private static final Registry.Builder<HandshakeType> B = Registry.builder("HandshakeType", 1, HandshakeType::new, HandshakeType::code);

    public static final HandshakeType HELLO_REQUEST = B.add(0x00, "hello_request");
    public static final HandshakeType CLIENT_HELLO = B.add(0x01, "client_hello");
    public static final HandshakeType SERVER_HELLO = B.add(0x02, "server_hello");
    public static final HandshakeType HELLO_VERIFY_REQUEST = B.add(0x03, "hello_verify_request");
    public static final HandshakeType NEW_SESSION_TICKET = B.add(0x04, "new_session_ticket");
    public static final HandshakeType END_OF_EARLY_DATA = B.add(0x05, "end_of_early_data");
    public static final HandshakeType HELLO_RETRY_REQUEST = B.add(0x06, "hello_retry_request");
    public static final HandshakeType ENCRYPTED_EXTENSIONS = B.add(0x08, "encrypted_extensions");
    public static final HandshakeType REQUEST_CONNECTION_ID = B.add(0x09, "request_connection_id");
    public static final HandshakeType NEW_CONNECTION_ID = B.add(0x0a, "new_connection_id");
    public static final HandshakeType CERTIFICATE = B.add(0x0b, "certificate");
    public static final HandshakeType SERVER_KEY_EXCHANGE = B.add(0x0c, "server_key_exchange");
    public static final HandshakeType CERTIFICATE_REQUEST = B.add(0x0d, "certificate_request");
    public static final HandshakeType SERVER_HELLO_DONE = B.add(0x0e, "server_hello_done");
    public static final HandshakeType CERTIFICATE_VERIFY = B.add(0x0f, "certificate_verify");
    public static final HandshakeType CLIENT_KEY_EXCHANGE = B.add(0x10, "client_key_exchange");
    public static final HandshakeType CLIENT_CERTIFICATE_REQUEST = B.add(0x11, "client_certificate_request");
    public static final HandshakeType FINISHED = B.add(0x14, "finished");
    public static final HandshakeType CERTIFICATE_URL = B.add(0x15, "certificate_url");
    public static final HandshakeType CERTIFICATE_STATUS = B.add(0x16, "certificate_status");
    public static final HandshakeType SUPPLEMENTAL_DATA = B.add(0x17, "supplemental_data");
    public static final HandshakeType KEY_UPDATE = B.add(0x18, "key_update");
    public static final HandshakeType COMPRESSED_CERTIFICATE = B.add(0x19, "compressed_certificate");
    public static final HandshakeType EKT_KEY = B.add(0x1a, "ekt_key");
    public static final HandshakeType NEXT_PROTOCOL = B.add(0x43, "next_protocol");
    public static final HandshakeType MESSAGE_HASH = B.add(0xfe, "message_hash");

    public static final Registry<HandshakeType> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<HandshakeType> CODEC = REGISTRY.codec();

    public HandshakeType {
        Registry.checkCode("HandshakeType", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static HandshakeType of(int code) {
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
