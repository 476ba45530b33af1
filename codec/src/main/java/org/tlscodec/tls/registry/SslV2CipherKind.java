package org.tlscodec.tls.registry;

import io.vavr.control.Option;
import org.tlscodec.codec.Codec;

/**
 * CIPHER-KIND of SSL 2.0 (draft-hickman-netscape-ssl-00, appendix C): the three-byte codes of an
 * SSLv2 CLIENT-HELLO, which TLS clients still used for backwards-compatible hellos (RFC 5246
 * appendix E.2). In such a hello a TLS suite is written as three bytes with a first byte of 0x00
 * ({@link #isTlsSuite()}, {@link #tlsSuite()}). Open: any code is kept.
 */
public record SslV2CipherKind(int code) implements RegistryValue {
    private static final Registry.Builder<SslV2CipherKind> B = Registry.builder("SslV2CipherKind", 3, SslV2CipherKind::new, SslV2CipherKind::code);

    public static final SslV2CipherKind SSL_CK_RC4_128_WITH_MD5 = B.add(0x010080, "SSL_CK_RC4_128_WITH_MD5");
    public static final SslV2CipherKind SSL_CK_RC4_128_EXPORT40_WITH_MD5 = B.add(0x020080, "SSL_CK_RC4_128_EXPORT40_WITH_MD5");
    public static final SslV2CipherKind SSL_CK_RC2_128_CBC_WITH_MD5 = B.add(0x030080, "SSL_CK_RC2_128_CBC_WITH_MD5");
    public static final SslV2CipherKind SSL_CK_RC2_128_CBC_EXPORT40_WITH_MD5 = B.add(0x040080, "SSL_CK_RC2_128_CBC_EXPORT40_WITH_MD5");
    public static final SslV2CipherKind SSL_CK_IDEA_128_CBC_WITH_MD5 = B.add(0x050080, "SSL_CK_IDEA_128_CBC_WITH_MD5");
    public static final SslV2CipherKind SSL_CK_DES_64_CBC_WITH_MD5 = B.add(0x060040, "SSL_CK_DES_64_CBC_WITH_MD5");
    public static final SslV2CipherKind SSL_CK_DES_192_EDE3_CBC_WITH_MD5 = B.add(0x0700c0, "SSL_CK_DES_192_EDE3_CBC_WITH_MD5");

    public static final Registry<SslV2CipherKind> REGISTRY = B.build();

    /** The wire form: three bytes, big-endian. */
    public static final Codec<SslV2CipherKind> CODEC = REGISTRY.codec();

    public SslV2CipherKind {
        Registry.checkCode("SslV2CipherKind", 3, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static SslV2CipherKind of(int code) {
        return REGISTRY.of(code);
    }

    @Override
    public Registry<?> registry() {
        return REGISTRY;
    }

    /** True when the code is a TLS cipher suite in SSLv2 form: a first byte of 0x00 (RFC 5246 appendix E.2). */
    public boolean isTlsSuite() {
        return code >>> 16 == 0;
    }

    /** The TLS cipher suite this code carries, when it is one in SSLv2 form. */
    public Option<CipherSuite> tlsSuite() {
        return isTlsSuite() ? Option.some(CipherSuite.of(code)) : Option.none();
    }

    /** The SSLv2 form of a TLS cipher suite: 0x00 followed by its two bytes. */
    public static SslV2CipherKind ofTlsSuite(CipherSuite suite) {
        return of(suite.code());
    }

    @Override
    public String toString() {
        return display();
    }
}
