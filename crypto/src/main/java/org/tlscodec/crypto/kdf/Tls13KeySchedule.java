package org.tlscodec.crypto.kdf;

import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;

/**
 * The whole TLS 1.3 key schedule of one connection (RFC 8446 section 7.1), as one immutable value
 * computed from its inputs: the hash of the suite, the PSK (if any), the (EC)DHE shared secret (if
 * any) and the transcript hashes at the four points the schedule reads them. Binder keys and the
 * exporters come from the stages ({@link #early()}, ...) and {@link Exporters}.
 * Secret: {@code toString} shows lengths only.
 */
public record Tls13KeySchedule(
        HashAlgorithm hash,
        Tls13EarlySecret early,
        Bytes clientEarlyTrafficSecret,
        Bytes earlyExporterMasterSecret,
        Tls13HandshakeSecret handshake,
        Bytes clientHandshakeTrafficSecret,
        Bytes serverHandshakeTrafficSecret,
        Tls13MasterSecret master,
        Bytes clientApplicationTrafficSecret0,
        Bytes serverApplicationTrafficSecret0,
        Bytes exporterMasterSecret,
        Bytes resumptionMasterSecret) {

    /** The transcript hashes the schedule reads: after ClientHello, ServerHello, server Finished and client Finished. */
    public record TranscriptHashes(Bytes clientHello, Bytes serverHello, Bytes serverFinished, Bytes clientFinished) {
        /** The four hashes of {@code transcript}'s prefixes that end with the given messages (0-based indexes). */
        public static TranscriptHashes of(HashAlgorithm hash, Transcript transcript,
                                          int clientHelloIndex, int serverHelloIndex, int serverFinishedIndex, int clientFinishedIndex) {
            return new TranscriptHashes(
                    prefixHash(hash, transcript, clientHelloIndex),
                    prefixHash(hash, transcript, serverHelloIndex),
                    prefixHash(hash, transcript, serverFinishedIndex),
                    prefixHash(hash, transcript, clientFinishedIndex));
        }

        private static Bytes prefixHash(HashAlgorithm hash, Transcript transcript, int lastIndex) {
            return hash.digestAll(transcript.messages().take(lastIndex + 1));
        }
    }

    /** Runs the schedule from its inputs. */
    public static Tls13KeySchedule derive(HashAlgorithm hash, Option<Bytes> psk, Option<Bytes> sharedSecret, TranscriptHashes at) {
        Tls13EarlySecret early = Tls13EarlySecret.of(hash, psk);
        Tls13HandshakeSecret handshake = early.handshakeSecret(sharedSecret);
        Tls13MasterSecret master = handshake.masterSecret();
        return new Tls13KeySchedule(hash, early,
                early.clientEarlyTrafficSecret(at.clientHello()),
                early.earlyExporterMasterSecret(at.clientHello()),
                handshake,
                handshake.clientHandshakeTrafficSecret(at.serverHello()),
                handshake.serverHandshakeTrafficSecret(at.serverHello()),
                master,
                master.clientApplicationTrafficSecret(at.serverFinished()),
                master.serverApplicationTrafficSecret(at.serverFinished()),
                master.exporterMasterSecret(at.serverFinished()),
                master.resumptionMasterSecret(at.clientFinished()));
    }

    @Override
    public String toString() {
        return "Tls13KeySchedule[" + hash + ", secrets of " + hash.length() + " bytes]";
    }
}
