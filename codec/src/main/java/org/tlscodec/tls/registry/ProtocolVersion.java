package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * ProtocolVersion (RFC 8446 section 4.1.2; RFC 6101 for SSL 3.0, the SSL 2.0 draft for 0x0002;
 * RFC 6347 and RFC 9147 for DTLS): the {major, minor} pair as one 16-bit code. The TLS 1.3
 * drafts (0x7F00 + draft number) and GREASE (RFC 8701) are named, since real peers still send them.
 */
public record ProtocolVersion(int code) implements RegistryValue {
    private static final Registry.Builder<ProtocolVersion> B = Registry.builder("ProtocolVersion", 2, ProtocolVersion::new, ProtocolVersion::code);

    public static final ProtocolVersion SSL_2_0 = B.add(0x0002, "SSL 2.0");
    public static final ProtocolVersion SSL_3_0 = B.add(0x0300, "SSL 3.0");
    public static final ProtocolVersion TLS_1_0 = B.add(0x0301, "TLS 1.0");
    public static final ProtocolVersion TLS_1_1 = B.add(0x0302, "TLS 1.1");
    public static final ProtocolVersion TLS_1_2 = B.add(0x0303, "TLS 1.2");
    public static final ProtocolVersion TLS_1_3 = B.add(0x0304, "TLS 1.3");
    public static final ProtocolVersion TLS_1_3_DRAFT_0 = B.add(0x7f00, "TLS 1.3 draft 0");
    public static final ProtocolVersion TLS_1_3_DRAFT_1 = B.add(0x7f01, "TLS 1.3 draft 1");
    public static final ProtocolVersion TLS_1_3_DRAFT_2 = B.add(0x7f02, "TLS 1.3 draft 2");
    public static final ProtocolVersion TLS_1_3_DRAFT_3 = B.add(0x7f03, "TLS 1.3 draft 3");
    public static final ProtocolVersion TLS_1_3_DRAFT_4 = B.add(0x7f04, "TLS 1.3 draft 4");
    public static final ProtocolVersion TLS_1_3_DRAFT_5 = B.add(0x7f05, "TLS 1.3 draft 5");
    public static final ProtocolVersion TLS_1_3_DRAFT_6 = B.add(0x7f06, "TLS 1.3 draft 6");
    public static final ProtocolVersion TLS_1_3_DRAFT_7 = B.add(0x7f07, "TLS 1.3 draft 7");
    public static final ProtocolVersion TLS_1_3_DRAFT_8 = B.add(0x7f08, "TLS 1.3 draft 8");
    public static final ProtocolVersion TLS_1_3_DRAFT_9 = B.add(0x7f09, "TLS 1.3 draft 9");
    public static final ProtocolVersion TLS_1_3_DRAFT_10 = B.add(0x7f0a, "TLS 1.3 draft 10");
    public static final ProtocolVersion TLS_1_3_DRAFT_11 = B.add(0x7f0b, "TLS 1.3 draft 11");
    public static final ProtocolVersion TLS_1_3_DRAFT_12 = B.add(0x7f0c, "TLS 1.3 draft 12");
    public static final ProtocolVersion TLS_1_3_DRAFT_13 = B.add(0x7f0d, "TLS 1.3 draft 13");
    public static final ProtocolVersion TLS_1_3_DRAFT_14 = B.add(0x7f0e, "TLS 1.3 draft 14");
    public static final ProtocolVersion TLS_1_3_DRAFT_15 = B.add(0x7f0f, "TLS 1.3 draft 15");
    public static final ProtocolVersion TLS_1_3_DRAFT_16 = B.add(0x7f10, "TLS 1.3 draft 16");
    public static final ProtocolVersion TLS_1_3_DRAFT_17 = B.add(0x7f11, "TLS 1.3 draft 17");
    public static final ProtocolVersion TLS_1_3_DRAFT_18 = B.add(0x7f12, "TLS 1.3 draft 18");
    public static final ProtocolVersion TLS_1_3_DRAFT_19 = B.add(0x7f13, "TLS 1.3 draft 19");
    public static final ProtocolVersion TLS_1_3_DRAFT_20 = B.add(0x7f14, "TLS 1.3 draft 20");
    public static final ProtocolVersion TLS_1_3_DRAFT_21 = B.add(0x7f15, "TLS 1.3 draft 21");
    public static final ProtocolVersion TLS_1_3_DRAFT_22 = B.add(0x7f16, "TLS 1.3 draft 22");
    public static final ProtocolVersion TLS_1_3_DRAFT_23 = B.add(0x7f17, "TLS 1.3 draft 23");
    public static final ProtocolVersion TLS_1_3_DRAFT_24 = B.add(0x7f18, "TLS 1.3 draft 24");
    public static final ProtocolVersion TLS_1_3_DRAFT_25 = B.add(0x7f19, "TLS 1.3 draft 25");
    public static final ProtocolVersion TLS_1_3_DRAFT_26 = B.add(0x7f1a, "TLS 1.3 draft 26");
    public static final ProtocolVersion TLS_1_3_DRAFT_27 = B.add(0x7f1b, "TLS 1.3 draft 27");
    public static final ProtocolVersion TLS_1_3_DRAFT_28 = B.add(0x7f1c, "TLS 1.3 draft 28");
    public static final ProtocolVersion DTLS_1_0 = B.add(0xfeff, "DTLS 1.0");
    public static final ProtocolVersion DTLS_1_2 = B.add(0xfefd, "DTLS 1.2");
    public static final ProtocolVersion DTLS_1_3 = B.add(0xfefc, "DTLS 1.3");

    static {
        B.addGrease16();
    }

    public static final Registry<ProtocolVersion> REGISTRY = B.build();

    /** The wire form: 2 bytes, big-endian. */
    public static final Codec<ProtocolVersion> CODEC = REGISTRY.codec();

    public ProtocolVersion {
        Registry.checkCode("ProtocolVersion", 2, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static ProtocolVersion of(int code) {
        return REGISTRY.of(code);
    }

    @Override
    public Registry<?> registry() {
        return REGISTRY;
    }


    /** True for TLS 1.3, its drafts and DTLS 1.3: the versions with the RFC 8446 handshake. */
    public boolean isTls13OrLater() {
        return code == 0x0304 || (code >= 0x7f00 && code <= 0x7f1c) || code == 0xfefc;
    }

    @Override
    public String toString() {
        return display();
    }
}
