package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.Registry;
import org.tlscodec.tls.registry.RegistryValue;

/**
 * ERROR-CODE of an SSL 2.0 ERROR message (draft-hickman-netscape-ssl-00, appendix B). Open.
 */
public record SSLv2ErrorCode(int code) implements RegistryValue {
    private static final Registry.Builder<SSLv2ErrorCode> B = Registry.builder("SSL 2.0 error codes", 2, SSLv2ErrorCode::new, SSLv2ErrorCode::code);

    public static final SSLv2ErrorCode NO_CIPHER_ERROR = B.add(0x0001, "NO-CIPHER-ERROR");
    public static final SSLv2ErrorCode NO_CERTIFICATE_ERROR = B.add(0x0002, "NO-CERTIFICATE-ERROR");
    public static final SSLv2ErrorCode BAD_CERTIFICATE_ERROR = B.add(0x0004, "BAD-CERTIFICATE-ERROR");
    public static final SSLv2ErrorCode UNSUPPORTED_CERTIFICATE_TYPE_ERROR = B.add(0x0006, "UNSUPPORTED-CERTIFICATE-TYPE-ERROR");

    public static final Registry<SSLv2ErrorCode> REGISTRY = B.build();

    /** The wire form: 2 byte(s), big-endian. */
    public static final Codec<SSLv2ErrorCode> CODEC = REGISTRY.codec();

    public SSLv2ErrorCode {
        Registry.checkCode("SSL 2.0 error codes", 2, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static SSLv2ErrorCode of(int code) {
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
