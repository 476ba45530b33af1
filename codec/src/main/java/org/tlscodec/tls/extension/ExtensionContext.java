package org.tlscodec.tls.extension;

/**
 * The message an extension block belongs to: the same type code means different bytes in
 * different messages (key_share is a list in ClientHello, one entry in ServerHello, a group in
 * HelloRetryRequest: RFC 8446 section 4.2.8), so every extension codec is chosen by this context.
 * The names follow the columns of the RFC 8446 section 4.2 table (CH, SH, EE, CT, CR, NST, HRR).
 */
public enum ExtensionContext {
    CLIENT_HELLO("CH"),
    SERVER_HELLO("SH"),
    HELLO_RETRY_REQUEST("HRR"),
    ENCRYPTED_EXTENSIONS("EE"),
    CERTIFICATE("CT"),
    CERTIFICATE_REQUEST("CR"),
    NEW_SESSION_TICKET("NST");

    private final String column;

    ExtensionContext(String column) {
        this.column = column;
    }

    /** The column of the RFC 8446 section 4.2 table. */
    public String column() {
        return column;
    }
}
