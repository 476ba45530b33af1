package org.tlscodec.session.state;

import org.tlscodec.crypto.kdf.Sender;
import org.tlscodec.crypto.keylog.KeyLogLabel;

/**
 * The two ends of a connection (RFC 5246 section 6.1: {@code enum { server, client } ConnectionEnd}).
 * It names both the side a session belongs to and the side that sent a record or message.
 */
public enum ConnectionEnd {
    CLIENT, SERVER;

    /** The other end. */
    public ConnectionEnd peer() {
        return this == CLIENT ? SERVER : CLIENT;
    }

    /** The key log's direction of the secrets this end writes with. */
    public KeyLogLabel.Direction keyLogDirection() {
        return this == CLIENT ? KeyLogLabel.Direction.CLIENT : KeyLogLabel.Direction.SERVER;
    }

    /** The Finished sender constants of this end. */
    public Sender finishedSender() {
        return this == CLIENT ? Sender.CLIENT : Sender.SERVER;
    }
}
