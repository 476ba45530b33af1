package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.Registry;
import org.tlscodec.tls.registry.RegistryValue;

/**
 * AUTHENTICATION-TYPE of SSL 2.0 (draft-hickman-netscape-ssl-00, appendix B): how the client must
 * answer a REQUEST-CERTIFICATE. Open.
 */
public record SSLv2AuthenticationType(int code) implements RegistryValue {
    private static final Registry.Builder<SSLv2AuthenticationType> B = Registry.builder("SSL 2.0 authentication types", 1, SSLv2AuthenticationType::new, SSLv2AuthenticationType::code);

    public static final SSLv2AuthenticationType SSL_AT_MD5_WITH_RSA_ENCRYPTION = B.add(1, "SSL_AT_MD5_WITH_RSA_ENCRYPTION");

    public static final Registry<SSLv2AuthenticationType> REGISTRY = B.build();

    /** The wire form: 1 byte(s), big-endian. */
    public static final Codec<SSLv2AuthenticationType> CODEC = REGISTRY.codec();

    public SSLv2AuthenticationType {
        Registry.checkCode("SSL 2.0 authentication types", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static SSLv2AuthenticationType of(int code) {
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
