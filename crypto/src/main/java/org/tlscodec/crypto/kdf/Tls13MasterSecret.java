package org.tlscodec.crypto.kdf;

import static org.tlscodec.crypto.kdf.Secrets.fixed;

import org.tlscodec.codec.Bytes;

/**
 * The last stage of the TLS 1.3 key schedule (RFC 8446 section 7.1): the Master Secret and the
 * secrets derived from it. Secret: {@code toString} shows lengths only.
 */
public record Tls13MasterSecret(HashAlgorithm hash, Bytes secret) {

    /** client_application_traffic_secret_0 = Derive-Secret(., "c ap traffic", ClientHello...server Finished). */
    public Bytes clientApplicationTrafficSecret(Bytes serverFinishedHash) {
        return fixed(Hkdf.deriveSecret(hash, secret, "c ap traffic", serverFinishedHash));
    }

    /** server_application_traffic_secret_0 = Derive-Secret(., "s ap traffic", ClientHello...server Finished). */
    public Bytes serverApplicationTrafficSecret(Bytes serverFinishedHash) {
        return fixed(Hkdf.deriveSecret(hash, secret, "s ap traffic", serverFinishedHash));
    }

    /** exporter_master_secret = Derive-Secret(., "exp master", ClientHello...server Finished). */
    public Bytes exporterMasterSecret(Bytes serverFinishedHash) {
        return fixed(Hkdf.deriveSecret(hash, secret, "exp master", serverFinishedHash));
    }

    /** resumption_master_secret = Derive-Secret(., "res master", ClientHello...client Finished). */
    public Bytes resumptionMasterSecret(Bytes clientFinishedHash) {
        return fixed(Hkdf.deriveSecret(hash, secret, "res master", clientFinishedHash));
    }

    @Override
    public String toString() {
        return "Tls13MasterSecret[" + hash + ", " + Secrets.hidden(secret) + "]";
    }
}
