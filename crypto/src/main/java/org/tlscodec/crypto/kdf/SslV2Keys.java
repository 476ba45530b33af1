package org.tlscodec.crypto.kdf;

import org.tlscodec.codec.Bytes;

/**
 * SSL 2.0 key material (the SSL 2.0 specification, "Cipher Specifications"): KEY-MATERIAL-i =
 * MD5(MASTER-KEY + i + CHALLENGE + CONNECTION-ID), where i is the ASCII digit '0', '1', '2'...;
 * the blocks are joined and cut into CLIENT-READ-KEY (= SERVER-WRITE-KEY) then CLIENT-WRITE-KEY
 * (= SERVER-READ-KEY), each of the cipher's key length.
 */
public final class SslV2Keys {
    private SslV2Keys() {
    }

    /** The two SSL 2.0 session keys. Secret: {@code toString} shows lengths only. */
    public record SessionKeys(Bytes clientReadKey, Bytes clientWriteKey) {
        /** SERVER-WRITE-KEY, the same as CLIENT-READ-KEY. */
        public Bytes serverWriteKey() {
            return clientReadKey;
        }

        /** SERVER-READ-KEY, the same as CLIENT-WRITE-KEY. */
        public Bytes serverReadKey() {
            return clientWriteKey;
        }

        @Override
        public String toString() {
            return "SessionKeys[" + Secrets.hidden(clientReadKey) + ", " + Secrets.hidden(clientWriteKey) + "]";
        }
    }

    /** KEY-MATERIAL-0 + KEY-MATERIAL-1 + ... up to {@code length} bytes (at most ten blocks: the digits). */
    public static Bytes keyMaterial(Bytes masterKey, Bytes challenge, Bytes connectionId, int length) {
        Bytes out = Bytes.empty();
        for (int i = 0; out.size() < length && i < 10; i++) {
            out = out.concat(HashAlgorithm.MD5.digest(masterKey, Bytes.ofUnsigned('0' + i), challenge, connectionId));
        }
        return out.take(Math.max(0, Math.min(length, out.size())));
    }

    /** The session keys for a cipher with {@code keyLength}-byte keys. */
    public static SessionKeys sessionKeys(Bytes masterKey, Bytes challenge, Bytes connectionId, int keyLength) {
        int n = Math.max(0, keyLength);
        Bytes material = keyMaterial(masterKey, challenge, connectionId, 2 * n);
        return new SessionKeys(material.take(Math.min(n, material.size())), material.drop(Math.min(n, material.size())));
    }
}
