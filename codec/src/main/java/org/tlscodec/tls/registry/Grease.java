package org.tlscodec.tls.registry;

/**
 * GREASE (RFC 8701 section 2): the reserved codes 0x0A0A, 0x1A1A, ..., 0xFAFA for cipher suites,
 * extensions, named groups, signature algorithms and versions, and 0x0B, 0x2A, ..., 0xBA for PSK
 * key exchange modes. Peers send them to keep the other side tolerant of unknown values, so they
 * must be recognised and kept, never rejected.
 */
public final class Grease {
    private Grease() {
    }

    /** True for a two-byte GREASE code: both bytes equal, each of the form 0x?A. */
    public static boolean isGrease16(int code) {
        return (code & 0x0f0f) == 0x0a0a && (code >> 8) == (code & 0xff);
    }

    /** True for a one-byte GREASE code of psk_key_exchange_modes: 0x1F * n + 0x0B. */
    public static boolean isGrease8(int code) {
        return code >= 0x0b && code <= 0xfa && (code - 0x0b) % 0x1f == 0;
    }

    /** The sixteen two-byte GREASE codes, in order. */
    public static int[] codes16() {
        int[] out = new int[16];
        for (int i = 0; i < 16; i++) {
            out[i] = (i << 12) | 0x0a00 | (i << 4) | 0x0a;
        }
        return out;
    }
}
