package org.tlscodec.crypto.kdf;

import org.tlscodec.codec.Bytes;

/** Which side sends a Finished message, with the constants each protocol version mixes in for it. */
public enum Sender {
    CLIENT("client finished", Bytes.ofUnsigned(0x43, 0x4c, 0x4e, 0x54)),
    SERVER("server finished", Bytes.ofUnsigned(0x53, 0x52, 0x56, 0x52));

    private final String finishedLabel;
    private final Bytes ssl3Sender;

    Sender(String finishedLabel, Bytes ssl3Sender) {
        this.finishedLabel = finishedLabel;
        this.ssl3Sender = ssl3Sender;
    }

    /** The TLS finished_label: "client finished" or "server finished" (RFC 5246 section 7.4.9). */
    public String finishedLabel() {
        return finishedLabel;
    }

    /** The SSL 3.0 Sender value: "CLNT" or "SRVR" (RFC 6101 section 5.6.9). */
    public Bytes ssl3Sender() {
        return ssl3Sender;
    }
}
