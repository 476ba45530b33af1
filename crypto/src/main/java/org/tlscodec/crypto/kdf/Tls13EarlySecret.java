package org.tlscodec.crypto.kdf;

import static org.tlscodec.crypto.kdf.Secrets.fixed;

import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;

/**
 * The first stage of the TLS 1.3 key schedule (RFC 8446 section 7.1): Early Secret =
 * HKDF-Extract(0, PSK), with HashLen zeros for the PSK when there is none, and what is derived
 * from it before the (EC)DHE share is known. Secret: {@code toString} shows lengths only.
 */
public record Tls13EarlySecret(HashAlgorithm hash, Bytes secret) {

    /** Early Secret = HKDF-Extract(salt = 0, IKM = PSK or HashLen zeros). */
    public static Tls13EarlySecret of(HashAlgorithm hash, Option<Bytes> psk) {
        Bytes zeros = Bytes.zeros(hash.length());
        return new Tls13EarlySecret(hash, Hkdf.extract(hash, zeros, psk.getOrElse(zeros)));
    }

    /** binder_key for an external PSK: Derive-Secret(Early Secret, "ext binder", ""). */
    public Bytes externalBinderKey() {
        return derive("ext binder", hash.emptyHash());
    }

    /** binder_key for a resumption PSK: Derive-Secret(Early Secret, "res binder", ""). */
    public Bytes resumptionBinderKey() {
        return derive("res binder", hash.emptyHash());
    }

    /** client_early_traffic_secret = Derive-Secret(Early Secret, "c e traffic", ClientHello). */
    public Bytes clientEarlyTrafficSecret(Bytes clientHelloHash) {
        return derive("c e traffic", clientHelloHash);
    }

    /** early_exporter_master_secret = Derive-Secret(Early Secret, "e exp master", ClientHello). */
    public Bytes earlyExporterMasterSecret(Bytes clientHelloHash) {
        return derive("e exp master", clientHelloHash);
    }

    /** Derive-Secret(Early Secret, "derived", ""): the salt of the handshake secret. */
    public Bytes derivedSecret() {
        return derive("derived", hash.emptyHash());
    }

    /** Handshake Secret = HKDF-Extract(Derive-Secret(., "derived", ""), (EC)DHE), zeros for a PSK-only handshake. */
    public Tls13HandshakeSecret handshakeSecret(Option<Bytes> sharedSecret) {
        Bytes ikm = sharedSecret.getOrElse(() -> Bytes.zeros(hash.length()));
        return new Tls13HandshakeSecret(hash, Hkdf.extract(hash, derivedSecret(), ikm));
    }

    private Bytes derive(String label, Bytes transcriptHash) {
        return fixed(Hkdf.deriveSecret(hash, secret, label, transcriptHash));
    }

    @Override
    public String toString() {
        return "Tls13EarlySecret[" + hash + ", " + Secrets.hidden(secret) + "]";
    }
}
