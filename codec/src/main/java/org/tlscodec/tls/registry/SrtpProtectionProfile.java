package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * SRTPProtectionProfile (RFC 5764 section 4.1.2, RFC 7714, RFC 8723, RFC 8269; IANA "DTLS-SRTP
 * Protection Profiles"): what the use_srtp extension offers. 0x0003 and 0x0004 are reserved. Open:
 * any code is kept.
 */
public record SrtpProtectionProfile(int code) implements RegistryValue {
    private static final Registry.Builder<SrtpProtectionProfile> B = Registry.builder("SrtpProtectionProfile", 2, SrtpProtectionProfile::new, SrtpProtectionProfile::code);

    public static final SrtpProtectionProfile SRTP_AES128_CM_HMAC_SHA1_80 = B.add(0x0001, "SRTP_AES128_CM_HMAC_SHA1_80");
    public static final SrtpProtectionProfile SRTP_AES128_CM_HMAC_SHA1_32 = B.add(0x0002, "SRTP_AES128_CM_HMAC_SHA1_32");
    public static final SrtpProtectionProfile SRTP_NULL_HMAC_SHA1_80 = B.add(0x0005, "SRTP_NULL_HMAC_SHA1_80");
    public static final SrtpProtectionProfile SRTP_NULL_HMAC_SHA1_32 = B.add(0x0006, "SRTP_NULL_HMAC_SHA1_32");
    public static final SrtpProtectionProfile SRTP_AEAD_AES_128_GCM = B.add(0x0007, "SRTP_AEAD_AES_128_GCM");
    public static final SrtpProtectionProfile SRTP_AEAD_AES_256_GCM = B.add(0x0008, "SRTP_AEAD_AES_256_GCM");
    public static final SrtpProtectionProfile DOUBLE_AEAD_AES_128_GCM_AEAD_AES_128_GCM = B.add(0x0009, "DOUBLE_AEAD_AES_128_GCM_AEAD_AES_128_GCM");
    public static final SrtpProtectionProfile DOUBLE_AEAD_AES_256_GCM_AEAD_AES_256_GCM = B.add(0x000a, "DOUBLE_AEAD_AES_256_GCM_AEAD_AES_256_GCM");
    public static final SrtpProtectionProfile SRTP_ARIA_128_CTR_HMAC_SHA1_80 = B.add(0x000b, "SRTP_ARIA_128_CTR_HMAC_SHA1_80");
    public static final SrtpProtectionProfile SRTP_ARIA_128_CTR_HMAC_SHA1_32 = B.add(0x000c, "SRTP_ARIA_128_CTR_HMAC_SHA1_32");
    public static final SrtpProtectionProfile SRTP_ARIA_256_CTR_HMAC_SHA1_80 = B.add(0x000d, "SRTP_ARIA_256_CTR_HMAC_SHA1_80");
    public static final SrtpProtectionProfile SRTP_ARIA_256_CTR_HMAC_SHA1_32 = B.add(0x000e, "SRTP_ARIA_256_CTR_HMAC_SHA1_32");
    public static final SrtpProtectionProfile SRTP_AEAD_ARIA_128_GCM = B.add(0x000f, "SRTP_AEAD_ARIA_128_GCM");
    public static final SrtpProtectionProfile SRTP_AEAD_ARIA_256_GCM = B.add(0x0010, "SRTP_AEAD_ARIA_256_GCM");

    public static final Registry<SrtpProtectionProfile> REGISTRY = B.build();

    /** The wire form: two bytes, big-endian. */
    public static final Codec<SrtpProtectionProfile> CODEC = REGISTRY.codec();

    public SrtpProtectionProfile {
        Registry.checkCode("SrtpProtectionProfile", 2, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static SrtpProtectionProfile of(int code) {
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
