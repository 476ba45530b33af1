package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.Registry;
import org.tlscodec.tls.registry.RegistryValue;

/**
 * The first byte of an SSL 2.0 message (draft-hickman-netscape-ssl-00, appendix B "Protocol
 * Constant Values"). Open: any byte is kept, and an unknown one makes an {@link SSLv2MessageUnknown}.
 */
public record SSLv2MessageType(int code) implements RegistryValue {
    private static final Registry.Builder<SSLv2MessageType> B = Registry.builder("SSL 2.0 message types", 1, SSLv2MessageType::new, SSLv2MessageType::code);

    public static final SSLv2MessageType ERROR = B.add(0, "MSG-ERROR");
    public static final SSLv2MessageType CLIENT_HELLO = B.add(1, "MSG-CLIENT-HELLO");
    public static final SSLv2MessageType CLIENT_MASTER_KEY = B.add(2, "MSG-CLIENT-MASTER-KEY");
    public static final SSLv2MessageType CLIENT_FINISHED = B.add(3, "MSG-CLIENT-FINISHED");
    public static final SSLv2MessageType SERVER_HELLO = B.add(4, "MSG-SERVER-HELLO");
    public static final SSLv2MessageType SERVER_VERIFY = B.add(5, "MSG-SERVER-VERIFY");
    public static final SSLv2MessageType SERVER_FINISHED = B.add(6, "MSG-SERVER-FINISHED");
    public static final SSLv2MessageType REQUEST_CERTIFICATE = B.add(7, "MSG-REQUEST-CERTIFICATE");
    public static final SSLv2MessageType CLIENT_CERTIFICATE = B.add(8, "MSG-CLIENT-CERTIFICATE");

    public static final Registry<SSLv2MessageType> REGISTRY = B.build();

    /** The wire form: 1 byte(s), big-endian. */
    public static final Codec<SSLv2MessageType> CODEC = REGISTRY.codec();

    public SSLv2MessageType {
        Registry.checkCode("SSL 2.0 message types", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static SSLv2MessageType of(int code) {
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
