package org.tlscodec.crypto.kdf;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;

/**
 * The TLS 1.3 derivations that take a traffic or base secret (RFC 8446 sections 4.4.4, 4.6.1,
 * 4.6.3, 7.2 and 7.3). The stages of the schedule itself are {@link Tls13EarlySecret},
 * {@link Tls13HandshakeSecret} and {@link Tls13MasterSecret}.
 */
public final class Tls13 {
    private Tls13() {
    }

    /** [sender]_write_key = HKDF-Expand-Label(Secret, "key", "", key_length), likewise "iv" (section 7.3). */
    public static Either<KdfError, TrafficKeys> trafficKeys(HashAlgorithm hash, Bytes trafficSecret, int keyLength, int ivLength) {
        return Hkdf.expandLabel(hash, trafficSecret, "key", Bytes.empty(), keyLength).flatMap(key ->
                Hkdf.expandLabel(hash, trafficSecret, "iv", Bytes.empty(), ivLength).map(iv -> new TrafficKeys(key, iv)));
    }

    /** application_traffic_secret_N+1 = HKDF-Expand-Label(application_traffic_secret_N, "traffic upd", "", Hash.length) (section 7.2). */
    public static Bytes nextTrafficSecret(HashAlgorithm hash, Bytes trafficSecret) {
        return Secrets.fixed(Hkdf.expandLabel(hash, trafficSecret, "traffic upd", Bytes.empty(), hash.length()));
    }

    /** finished_key = HKDF-Expand-Label(BaseKey, "finished", "", Hash.length) (section 4.4.4). */
    public static Bytes finishedKey(HashAlgorithm hash, Bytes baseKey) {
        return Secrets.fixed(Hkdf.expandLabel(hash, baseKey, "finished", Bytes.empty(), hash.length()));
    }

    /**
     * verify_data = HMAC(finished_key, Transcript-Hash(Handshake Context, Certificate*,
     * CertificateVerify*)) (section 4.4.4); the base key is the sender's handshake traffic secret.
     */
    public static Bytes verifyData(HashAlgorithm hash, Bytes baseKey, Bytes transcriptHash) {
        return hash.hmac(finishedKey(hash, baseKey), transcriptHash);
    }

    /**
     * A PSK binder (section 4.2.11.2): computed like verify_data with the binder key as base key,
     * over the transcript hash of the ClientHello cut before its binders list (its length fields
     * already counting the binders).
     */
    public static Bytes pskBinder(HashAlgorithm hash, Bytes binderKey, Bytes partialClientHelloHash) {
        return verifyData(hash, binderKey, partialClientHelloHash);
    }

    /** The PSK of a ticket: HKDF-Expand-Label(resumption_master_secret, "resumption", ticket_nonce, Hash.length) (section 4.6.1). */
    public static Either<KdfError, Bytes> resumptionPsk(HashAlgorithm hash, Bytes resumptionMasterSecret, Bytes ticketNonce) {
        return Hkdf.expandLabel(hash, resumptionMasterSecret, "resumption", ticketNonce, hash.length());
    }
}
