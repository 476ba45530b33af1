package org.tlscodec.session.state;

import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.CompressionMethod;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * What the hellos agreed, the public part of RFC 5246 section 6.1's SecurityParameters (client and
 * server random, compression, the suite that fixes PRF, cipher and MAC) and the negotiated
 * extensions that change how records and keys are made: extended_master_secret (RFC 7627),
 * encrypt_then_mac (RFC 7366), truncated_hmac (RFC 6066 section 7), record_size_limit (RFC 8449),
 * early_data (RFC 8446 section 4.2.10), and what a dissector reports (SNI, ALPN, resumption).
 *
 * @param version                the negotiated version (supported_versions, else ServerHello.legacy_version)
 * @param cipherSuite            the suite the ServerHello chose
 * @param clientRandom           ClientHello.random
 * @param serverRandom           ServerHello.random
 * @param compression            the compression method chosen (null, or DEFLATE of RFC 3749)
 * @param extendedMasterSecret   both sent extended_master_secret
 * @param encryptThenMac         the server echoed encrypt_then_mac for a CBC suite
 * @param truncatedHmac          the server echoed truncated_hmac
 * @param clientRecordSizeLimit  record_size_limit the client sent: the largest record the server may send it
 * @param serverRecordSizeLimit  record_size_limit the server sent: the largest record the client may send it
 * @param serverName             the ClientHello's host_name
 * @param alpn                   the protocol the server selected
 * @param resumed                an abbreviated (TLS 1.2) or PSK (TLS 1.3) handshake
 * @param helloRetryRequest      the server sent a HelloRetryRequest
 * @param earlyDataOffered       the ClientHello carried early_data
 * @param earlyDataAccepted      the EncryptedExtensions carried early_data
 * @param handshakes             completed handshakes on this connection (more than 1 after renegotiation)
 */
public record Negotiated(
        Option<ProtocolVersion> version,
        Option<CipherSuite> cipherSuite,
        Option<Bytes> clientRandom,
        Option<Bytes> serverRandom,
        CompressionMethod compression,
        boolean extendedMasterSecret,
        boolean encryptThenMac,
        boolean truncatedHmac,
        Option<Integer> clientRecordSizeLimit,
        Option<Integer> serverRecordSizeLimit,
        Option<String> serverName,
        Option<String> alpn,
        boolean resumed,
        boolean helloRetryRequest,
        boolean earlyDataOffered,
        boolean earlyDataAccepted,
        int handshakes) {

    /** Nothing negotiated yet. */
    public static Negotiated none() {
        return new Negotiated(Option.none(), Option.none(), Option.none(), Option.none(), CompressionMethod.NULL,
                false, false, false, Option.none(), Option.none(), Option.none(), Option.none(), false, false, false, false, 0);
    }

    /** True once TLS 1.3 (or a draft of it) is negotiated. */
    public boolean tls13() {
        return version.exists(ProtocolVersion::isTls13OrLater);
    }

    /** What the ClientHello says: its random, SNI, whether it offers early data; the rest is reset for a new handshake. */
    public Negotiated withClientHello(Bytes random, Option<String> sni, boolean offersEarlyData) {
        return new Negotiated(version, cipherSuite, Option.some(random), serverRandom, compression, false, false, false,
                Option.none(), Option.none(), sni, Option.none(), false, helloRetryRequest, offersEarlyData, false, handshakes);
    }

    /** What the ServerHello chose. */
    public Negotiated withServerHello(ProtocolVersion v, CipherSuite suite, Bytes random, CompressionMethod method,
                                      boolean ems, boolean etm, boolean truncated, Option<String> protocol) {
        return new Negotiated(Option.some(v), Option.some(suite), clientRandom, Option.some(random), method, ems, etm, truncated,
                clientRecordSizeLimit, serverRecordSizeLimit, serverName, protocol.orElse(alpn), resumed, helloRetryRequest,
                earlyDataOffered, earlyDataAccepted, handshakes);
    }

    /** The version alone: SSL 2.0's SERVER-HELLO fixes it (0x0002) and has no TLS cipher suite. */
    public Negotiated withVersion(ProtocolVersion v) {
        return new Negotiated(Option.some(v), cipherSuite, clientRandom, serverRandom, compression, extendedMasterSecret,
                encryptThenMac, truncatedHmac, clientRecordSizeLimit, serverRecordSizeLimit, serverName, alpn, resumed, helloRetryRequest,
                earlyDataOffered, earlyDataAccepted, handshakes);
    }

    /** Version and suite from a HelloRetryRequest. */
    public Negotiated withHelloRetryRequest(ProtocolVersion v, CipherSuite suite) {
        return new Negotiated(Option.some(v), Option.some(suite), clientRandom, serverRandom, compression, extendedMasterSecret,
                encryptThenMac, truncatedHmac, clientRecordSizeLimit, serverRecordSizeLimit, serverName, alpn, resumed, true,
                earlyDataOffered, earlyDataAccepted, handshakes);
    }

    public Negotiated withRecordSizeLimit(ConnectionEnd sender, int limit) {
        return new Negotiated(version, cipherSuite, clientRandom, serverRandom, compression, extendedMasterSecret, encryptThenMac,
                truncatedHmac, sender == ConnectionEnd.CLIENT ? Option.some(limit) : clientRecordSizeLimit,
                sender == ConnectionEnd.SERVER ? Option.some(limit) : serverRecordSizeLimit, serverName, alpn, resumed,
                helloRetryRequest, earlyDataOffered, earlyDataAccepted, handshakes);
    }

    /** Both record size limits at once (RFC 8449, or RFC 6066's max_fragment_length expressed as one). */
    public Negotiated withRecordSizeLimits(Option<Integer> client, Option<Integer> server) {
        return new Negotiated(version, cipherSuite, clientRandom, serverRandom, compression, extendedMasterSecret, encryptThenMac,
                truncatedHmac, client, server, serverName, alpn, resumed, helloRetryRequest, earlyDataOffered, earlyDataAccepted, handshakes);
    }

    public Negotiated withAlpn(Option<String> protocol) {
        return new Negotiated(version, cipherSuite, clientRandom, serverRandom, compression, extendedMasterSecret, encryptThenMac,
                truncatedHmac, clientRecordSizeLimit, serverRecordSizeLimit, serverName, protocol.orElse(alpn), resumed,
                helloRetryRequest, earlyDataOffered, earlyDataAccepted, handshakes);
    }

    public Negotiated withResumed(boolean on) {
        return new Negotiated(version, cipherSuite, clientRandom, serverRandom, compression, extendedMasterSecret, encryptThenMac,
                truncatedHmac, clientRecordSizeLimit, serverRecordSizeLimit, serverName, alpn, on, helloRetryRequest,
                earlyDataOffered, earlyDataAccepted, handshakes);
    }

    public Negotiated withEarlyDataAccepted(boolean on) {
        return new Negotiated(version, cipherSuite, clientRandom, serverRandom, compression, extendedMasterSecret, encryptThenMac,
                truncatedHmac, clientRecordSizeLimit, serverRecordSizeLimit, serverName, alpn, resumed, helloRetryRequest,
                earlyDataOffered, on, handshakes);
    }

    /** One more handshake completed. */
    public Negotiated withHandshakeCompleted() {
        return new Negotiated(version, cipherSuite, clientRandom, serverRandom, compression, extendedMasterSecret, encryptThenMac,
                truncatedHmac, clientRecordSizeLimit, serverRecordSizeLimit, serverName, alpn, resumed, helloRetryRequest,
                earlyDataOffered, earlyDataAccepted, handshakes + 1);
    }
}
