package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * A client's key share (RFC 8446 section 4.2.8): the key_exchange bytes to send in a KeyShareEntry
 * and the private state that turns the server's answer into the shared secret. {@code toString}
 * never shows the private state.
 */
public final class ClientKeyShare {
    private final NamedGroup group;
    private final Bytes keyExchange;
    private final ShareKem.Decapsulation decapsulation;

    ClientKeyShare(NamedGroup group, Bytes keyExchange, ShareKem.Decapsulation decapsulation) {
        this.group = group;
        this.keyExchange = keyExchange;
        this.decapsulation = decapsulation;
    }

    /** The group of the share. */
    public NamedGroup group() {
        return group;
    }

    /** The KeyShareEntry's key_exchange. */
    public Bytes keyExchange() {
        return keyExchange;
    }

    /** The shared secret from the server's key_exchange, which is checked for length and validity first. */
    public Either<KxError, Bytes> finish(Bytes serverKeyExchange) {
        return decapsulation.decapsulate(serverKeyExchange);
    }

    @Override
    public String toString() {
        return "ClientKeyShare[" + group + ", keyExchange=" + keyExchange.size() + " bytes, private=<hidden>]";
    }
}
