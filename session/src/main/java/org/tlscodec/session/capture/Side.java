package org.tlscodec.session.capture;

/** The side of a TCP connection that sent some bytes: the client (the side that opened it) or the server. */
public enum Side {
    CLIENT, SERVER;

    /** The other side. */
    public Side peer() {
        return this == CLIENT ? SERVER : CLIENT;
    }

    /** {@code "client"} or {@code "server"}. */
    public String label() {
        return this == CLIENT ? "client" : "server";
    }
}
