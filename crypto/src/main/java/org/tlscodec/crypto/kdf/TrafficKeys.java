package org.tlscodec.crypto.kdf;

import org.tlscodec.codec.Bytes;

/** A TLS 1.3 write key and IV (RFC 8446 section 7.3). Secret: {@code toString} shows lengths only. */
public record TrafficKeys(Bytes key, Bytes iv) {
    @Override
    public String toString() {
        return "TrafficKeys[key=" + Secrets.hidden(key) + ", iv=" + Secrets.hidden(iv) + "]";
    }
}
