package org.tlscodec.crypto.kx;

import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * A server's answer to a client's key share: the key_exchange for its ServerHello's KeyShareEntry
 * and the shared secret that feeds the TLS 1.3 handshake secret (RFC 8446 section 7.1). {@code
 * toString} hides the secret.
 */
public record ServerKeyShare(NamedGroup group, Bytes keyExchange, Bytes sharedSecret) {
    @Override
    public String toString() {
        return "ServerKeyShare[" + group + ", keyExchange=" + keyExchange.size() + " bytes, sharedSecret=" + Hidden.bytes(sharedSecret) + "]";
    }
}
