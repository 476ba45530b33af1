package org.tlscodec.crypto.keys;

import org.tlscodec.crypto.cipher.RecordProtection;
import org.tlscodec.crypto.keylog.KeyLogLabel;

/**
 * Both directions of one connection's record protection: what the client writes with
 * (client_write_MAC_key, client_write_key, client_write_IV of RFC 5246 section 6.3, or the client
 * traffic secret's keys of RFC 8446 section 7.3) and what the server writes with. A reader of the
 * client's records opens them with {@link #clientWrite()}.
 */
public record ConnectionProtection(RecordProtection clientWrite, RecordProtection serverWrite) {

    /** The protection of the records {@code sender} writes. */
    public RecordProtection writtenBy(KeyLogLabel.Direction sender) {
        return sender == KeyLogLabel.Direction.CLIENT ? clientWrite : serverWrite;
    }

    /** The suites only: a protection holds keys. */
    @Override
    public String toString() {
        return "ConnectionProtection[" + clientWrite.suite().name() + "]";
    }
}
