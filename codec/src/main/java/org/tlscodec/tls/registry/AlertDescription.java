package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * AlertDescription (RFC 8446 section 6, RFC 5246 section 7.2; IANA "TLS Alerts"), including
 * the SSL 3.0 and TLS 1.0 ones that later versions retired but peers still send.
 */
public record AlertDescription(int code) implements RegistryValue {
    private static final Registry.Builder<AlertDescription> B = Registry.builder("AlertDescription", 1, AlertDescription::new, AlertDescription::code);

    public static final AlertDescription CLOSE_NOTIFY = B.add(0x00, "close_notify");
    public static final AlertDescription UNEXPECTED_MESSAGE = B.add(0x0a, "unexpected_message");
    public static final AlertDescription BAD_RECORD_MAC = B.add(0x14, "bad_record_mac");
    public static final AlertDescription DECRYPTION_FAILED = B.add(0x15, "decryption_failed");
    public static final AlertDescription RECORD_OVERFLOW = B.add(0x16, "record_overflow");
    public static final AlertDescription DECOMPRESSION_FAILURE = B.add(0x1e, "decompression_failure");
    public static final AlertDescription HANDSHAKE_FAILURE = B.add(0x28, "handshake_failure");
    public static final AlertDescription NO_CERTIFICATE = B.add(0x29, "no_certificate");
    public static final AlertDescription BAD_CERTIFICATE = B.add(0x2a, "bad_certificate");
    public static final AlertDescription UNSUPPORTED_CERTIFICATE = B.add(0x2b, "unsupported_certificate");
    public static final AlertDescription CERTIFICATE_REVOKED = B.add(0x2c, "certificate_revoked");
    public static final AlertDescription CERTIFICATE_EXPIRED = B.add(0x2d, "certificate_expired");
    public static final AlertDescription CERTIFICATE_UNKNOWN = B.add(0x2e, "certificate_unknown");
    public static final AlertDescription ILLEGAL_PARAMETER = B.add(0x2f, "illegal_parameter");
    public static final AlertDescription UNKNOWN_CA = B.add(0x30, "unknown_ca");
    public static final AlertDescription ACCESS_DENIED = B.add(0x31, "access_denied");
    public static final AlertDescription DECODE_ERROR = B.add(0x32, "decode_error");
    public static final AlertDescription DECRYPT_ERROR = B.add(0x33, "decrypt_error");
    public static final AlertDescription TOO_MANY_CIDS_REQUESTED = B.add(0x34, "too_many_cids_requested");
    public static final AlertDescription EXPORT_RESTRICTION = B.add(0x3c, "export_restriction");
    public static final AlertDescription PROTOCOL_VERSION = B.add(0x46, "protocol_version");
    public static final AlertDescription INSUFFICIENT_SECURITY = B.add(0x47, "insufficient_security");
    public static final AlertDescription INTERNAL_ERROR = B.add(0x50, "internal_error");
    public static final AlertDescription INAPPROPRIATE_FALLBACK = B.add(0x56, "inappropriate_fallback");
    public static final AlertDescription USER_CANCELED = B.add(0x5a, "user_canceled");
    public static final AlertDescription NO_RENEGOTIATION = B.add(0x64, "no_renegotiation");
    public static final AlertDescription MISSING_EXTENSION = B.add(0x6d, "missing_extension");
    public static final AlertDescription UNSUPPORTED_EXTENSION = B.add(0x6e, "unsupported_extension");
    public static final AlertDescription CERTIFICATE_UNOBTAINABLE = B.add(0x6f, "certificate_unobtainable");
    public static final AlertDescription UNRECOGNIZED_NAME = B.add(0x70, "unrecognized_name");
    public static final AlertDescription BAD_CERTIFICATE_STATUS_RESPONSE = B.add(0x71, "bad_certificate_status_response");
    public static final AlertDescription BAD_CERTIFICATE_HASH_VALUE = B.add(0x72, "bad_certificate_hash_value");
    public static final AlertDescription UNKNOWN_PSK_IDENTITY = B.add(0x73, "unknown_psk_identity");
    public static final AlertDescription CERTIFICATE_REQUIRED = B.add(0x74, "certificate_required");
    public static final AlertDescription GENERAL_ERROR = B.add(0x75, "general_error");
    public static final AlertDescription NO_APPLICATION_PROTOCOL = B.add(0x78, "no_application_protocol");
    public static final AlertDescription ECH_REQUIRED = B.add(0x79, "ech_required");

    public static final Registry<AlertDescription> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<AlertDescription> CODEC = REGISTRY.codec();

    public AlertDescription {
        Registry.checkCode("AlertDescription", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static AlertDescription of(int code) {
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
