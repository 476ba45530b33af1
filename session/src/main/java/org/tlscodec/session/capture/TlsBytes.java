package org.tlscodec.session.capture;

import org.tlscodec.codec.Bytes;

/**
 * Whether bytes start like TLS, on any port: a TLSPlaintext/TLSCiphertext header (RFC 8446 section
 * 5.1, RFC 5246 section 6.2.1: content type 20..24, major version 3, minor 0..4, a length from 1 to
 * 2^14 + 2048), or an SSL 2.0 ClientHello with a two-byte record header (draft-hickman-netscape-ssl-00;
 * RFC 5246 appendix E.2: high bit set, message type 1, version 0x0002 or 3.x).
 */
final class TlsBytes {
    private static final int MAX_RECORD = (1 << 14) + 2048;

    private TlsBytes() {
    }

    static boolean looksLikeTls(Bytes b) {
        if (b.size() >= 5 && b.get(0) >= 20 && b.get(0) <= 24 && b.get(1) == 3 && b.get(2) <= 4) {
            int length = b.get(3) << 8 | b.get(4);
            return length >= 1 && length <= MAX_RECORD;
        }
        return looksLikeSslV2ClientHello(b);
    }

    static boolean looksLikeClientHello(Bytes b) {
        return looksLikeTls(b) && (b.get(0) == 22 && b.size() >= 6 && b.get(5) == 1 || looksLikeSslV2ClientHello(b));
    }

    private static boolean looksLikeSslV2ClientHello(Bytes b) {
        if (b.size() < 5 || (b.get(0) & 0x80) == 0 || b.get(2) != 1) {
            return false;
        }
        int length = (b.get(0) & 0x7f) << 8 | b.get(1);
        int major = b.get(3);
        int minor = b.get(4);
        // msg_type, version, three lengths and a challenge of 16 bytes at least (SSL 2.0 section C.2.1)
        return length >= 9 + 16 && (major == 0 && minor == 2 || major == 3 && minor <= 4);
    }
}
