package org.tlscodec.session.state;

/**
 * Which keys protect one direction's records. Before TLS 1.3 there are two: none, then the
 * negotiated cipher spec once ChangeCipherSpec is sent (RFC 5246 section 7.1; a renegotiation
 * starts another cipher spec under the first). TLS 1.3 moves through the traffic secrets of RFC 8446
 * section 7.1: early data (0-RTT), handshake, then application generations (section 7.2).
 */
public enum Epoch {
    /** TLS_NULL_WITH_NULL_NULL: records are plaintext. */
    NULL,
    /** A cipher spec made current by ChangeCipherSpec (SSL 3.0 to TLS 1.2). */
    CIPHER_SPEC,
    /** TLS 1.3 client_early_traffic_secret. */
    EARLY_DATA,
    /** TLS 1.3 [sender]_handshake_traffic_secret. */
    HANDSHAKE,
    /** TLS 1.3 [sender]_application_traffic_secret_N. */
    APPLICATION;

    /** True when records of this epoch are protected (whether or not the keys are known). */
    public boolean protectsRecords() {
        return this != NULL;
    }
}
