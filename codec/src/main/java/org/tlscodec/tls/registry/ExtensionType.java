package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * ExtensionType (RFC 8446 section 4.2; IANA "TLS ExtensionType Values"): every assigned extension
 * code, with IANA's names, plus GREASE (RFC 8701) and the few unregistered codes that browsers
 * really send (NPN, ALPS), so a capture's ClientHello prints with names throughout. Open: an
 * unassigned code is kept, so an unknown extension re-encodes byte for byte.
 */
public record ExtensionType(int code) implements RegistryValue {
    private static final Registry.Builder<ExtensionType> B = Registry.builder("ExtensionType", 2, ExtensionType::new, ExtensionType::code);

    // RFC 6066 and the RFCs the IANA registry cites for each code.
    public static final ExtensionType SERVER_NAME = B.add(0, "server_name");
    public static final ExtensionType MAX_FRAGMENT_LENGTH = B.add(1, "max_fragment_length");
    public static final ExtensionType CLIENT_CERTIFICATE_URL = B.add(2, "client_certificate_url");
    public static final ExtensionType TRUSTED_CA_KEYS = B.add(3, "trusted_ca_keys");
    public static final ExtensionType TRUNCATED_HMAC = B.add(4, "truncated_hmac");
    public static final ExtensionType STATUS_REQUEST = B.add(5, "status_request");
    public static final ExtensionType USER_MAPPING = B.add(6, "user_mapping");
    public static final ExtensionType CLIENT_AUTHZ = B.add(7, "client_authz");
    public static final ExtensionType SERVER_AUTHZ = B.add(8, "server_authz");
    public static final ExtensionType CERT_TYPE = B.add(9, "cert_type");
    /** Named "elliptic_curves" before RFC 8422. */
    public static final ExtensionType SUPPORTED_GROUPS = B.add(10, "supported_groups");
    public static final ExtensionType EC_POINT_FORMATS = B.add(11, "ec_point_formats");
    public static final ExtensionType SRP = B.add(12, "srp");
    public static final ExtensionType SIGNATURE_ALGORITHMS = B.add(13, "signature_algorithms");
    public static final ExtensionType USE_SRTP = B.add(14, "use_srtp");
    public static final ExtensionType HEARTBEAT = B.add(15, "heartbeat");
    public static final ExtensionType APPLICATION_LAYER_PROTOCOL_NEGOTIATION = B.add(16, "application_layer_protocol_negotiation");
    public static final ExtensionType STATUS_REQUEST_V2 = B.add(17, "status_request_v2");
    public static final ExtensionType SIGNED_CERTIFICATE_TIMESTAMP = B.add(18, "signed_certificate_timestamp");
    public static final ExtensionType CLIENT_CERTIFICATE_TYPE = B.add(19, "client_certificate_type");
    public static final ExtensionType SERVER_CERTIFICATE_TYPE = B.add(20, "server_certificate_type");
    public static final ExtensionType PADDING = B.add(21, "padding");
    public static final ExtensionType ENCRYPT_THEN_MAC = B.add(22, "encrypt_then_mac");
    public static final ExtensionType EXTENDED_MASTER_SECRET = B.add(23, "extended_master_secret");
    public static final ExtensionType TOKEN_BINDING = B.add(24, "token_binding");
    public static final ExtensionType CACHED_INFO = B.add(25, "cached_info");
    public static final ExtensionType TLS_LTS = B.add(26, "tls_lts");
    public static final ExtensionType COMPRESS_CERTIFICATE = B.add(27, "compress_certificate");
    public static final ExtensionType RECORD_SIZE_LIMIT = B.add(28, "record_size_limit");
    public static final ExtensionType PWD_PROTECT = B.add(29, "pwd_protect");
    public static final ExtensionType PWD_CLEAR = B.add(30, "pwd_clear");
    public static final ExtensionType PASSWORD_SALT = B.add(31, "password_salt");
    public static final ExtensionType TICKET_PINNING = B.add(32, "ticket_pinning");
    public static final ExtensionType TLS_CERT_WITH_EXTERN_PSK = B.add(33, "tls_cert_with_extern_psk");
    public static final ExtensionType DELEGATED_CREDENTIAL = B.add(34, "delegated_credential");
    /** Named "SessionTicket TLS" before RFC 8447. */
    public static final ExtensionType SESSION_TICKET = B.add(35, "session_ticket");
    public static final ExtensionType TLMSP = B.add(36, "TLMSP");
    public static final ExtensionType TLMSP_PROXYING = B.add(37, "TLMSP_proxying");
    public static final ExtensionType TLMSP_DELEGATE = B.add(38, "TLMSP_delegate");
    public static final ExtensionType SUPPORTED_EKT_CIPHERS = B.add(39, "supported_ekt_ciphers");

    // RFC 8446 and later (40 and 46 are reserved: 40 was key_share in the TLS 1.3 drafts).
    public static final ExtensionType PRE_SHARED_KEY = B.add(41, "pre_shared_key");
    public static final ExtensionType EARLY_DATA = B.add(42, "early_data");
    public static final ExtensionType SUPPORTED_VERSIONS = B.add(43, "supported_versions");
    public static final ExtensionType COOKIE = B.add(44, "cookie");
    public static final ExtensionType PSK_KEY_EXCHANGE_MODES = B.add(45, "psk_key_exchange_modes");
    public static final ExtensionType CERTIFICATE_AUTHORITIES = B.add(47, "certificate_authorities");
    public static final ExtensionType OID_FILTERS = B.add(48, "oid_filters");
    public static final ExtensionType POST_HANDSHAKE_AUTH = B.add(49, "post_handshake_auth");
    public static final ExtensionType SIGNATURE_ALGORITHMS_CERT = B.add(50, "signature_algorithms_cert");
    public static final ExtensionType KEY_SHARE = B.add(51, "key_share");
    public static final ExtensionType TRANSPARENCY_INFO = B.add(52, "transparency_info");
    /** IANA: "connection_id (deprecated)", the pre-RFC 9146 code point; the status is folded into the name. */
    public static final ExtensionType CONNECTION_ID_DEPRECATED = B.add(53, "connection_id_deprecated");
    public static final ExtensionType CONNECTION_ID = B.add(54, "connection_id");
    public static final ExtensionType EXTERNAL_ID_HASH = B.add(55, "external_id_hash");
    public static final ExtensionType EXTERNAL_SESSION_ID = B.add(56, "external_session_id");
    public static final ExtensionType QUIC_TRANSPORT_PARAMETERS = B.add(57, "quic_transport_parameters");
    public static final ExtensionType TICKET_REQUEST = B.add(58, "ticket_request");
    public static final ExtensionType DNSSEC_CHAIN = B.add(59, "dnssec_chain");
    public static final ExtensionType SEQUENCE_NUMBER_ENCRYPTION_ALGORITHMS = B.add(60, "sequence_number_encryption_algorithms");
    public static final ExtensionType RRC = B.add(61, "rrc");
    public static final ExtensionType TLS_FLAGS = B.add(62, "tls_flags");

    // Extensions outside the IANA registry that real peers send.
    /** Not IANA: draft-agl-tls-nextprotoneg, the predecessor of ALPN, still sent by old clients. */
    public static final ExtensionType NEXT_PROTOCOL_NEGOTIATION = B.add(13172, "next_protocol_negotiation");
    /** Not IANA: ALPS (draft-vvv-tls-alps) as first deployed by Chrome. */
    public static final ExtensionType APPLICATION_SETTINGS = B.add(17513, "application_settings");
    /** Not IANA: the code point Chrome moved ALPS to in 2024, beside the old one. */
    public static final ExtensionType APPLICATION_SETTINGS_NEW = B.add(17613, "application_settings_new");

    // draft-ietf-tls-esni (ECH), RFC 5746.
    public static final ExtensionType ECH_OUTER_EXTENSIONS = B.add(0xfd00, "ech_outer_extensions");
    public static final ExtensionType ENCRYPTED_CLIENT_HELLO = B.add(0xfe0d, "encrypted_client_hello");
    public static final ExtensionType RENEGOTIATION_INFO = B.add(0xff01, "renegotiation_info");

    static {
        B.addGrease16();
    }

    public static final Registry<ExtensionType> REGISTRY = B.build();

    /** The wire form: two bytes, big-endian. */
    public static final Codec<ExtensionType> CODEC = REGISTRY.codec();

    public ExtensionType {
        Registry.checkCode("ExtensionType", 2, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static ExtensionType of(int code) {
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
