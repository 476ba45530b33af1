package org.tlscodec.crypto.cipher;

import org.tlscodec.codec.Bytes;

/**
 * The secrets of one direction of a connection: MAC key, cipher key and IV (RFC 5246 section 6.3,
 * RFC 8446 section 7.3). Export suites take the final (expanded) key and IV here. Empty where the
 * suite has none (no MAC key for AEAD suites, no IV for stream ciphers and TLS 1.1+ CBC).
 * {@link #toString()} prints lengths only.
 */
public record RecordKeys(Bytes macKey, Bytes key, Bytes iv) {

    /** The keys of an AEAD suite: key and IV, no MAC key. */
    public static RecordKeys aead(Bytes key, Bytes iv) {
        return new RecordKeys(Bytes.empty(), key, iv);
    }

    @Override
    public String toString() {
        return "RecordKeys(mac_key " + macKey.size() + " bytes, key " + key.size() + " bytes, iv " + iv.size() + " bytes)";
    }
}
