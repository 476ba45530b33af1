package org.tlscodec.bench.session;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.keylog.KeyLog;
import org.tlscodec.crypto.keylog.KeyLogFormat;
import org.tlscodec.crypto.keylog.KeyLogLabel;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.session.capture.Capture;
import org.tlscodec.session.capture.Endpoint;
import org.tlscodec.session.capture.Side;
import org.tlscodec.session.capture.TcpConnection;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.record.RecordContent;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.vectors.data.Captures;

/**
 * A real TLS 1.3 handshake to put in front of generated application data: the bundled OpenSSL
 * capture {@code tls13_aes128gcm} (TLS_AES_128_GCM_SHA256, X25519, a two-certificate chain, the
 * middlebox-compatibility ChangeCipherSpecs, two NewSessionTickets) read with the library and cut
 * before its first application_data record (RFC 8446 section 2: after both Finished messages the
 * connection carries application data under the application traffic secrets, section 7.1).
 *
 * @param client            the capture's client endpoint
 * @param server            the capture's server endpoint
 * @param flights           the handshake's records, as each side sent them in turn (consecutive records of one side joined)
 * @param keyLog            the capture's NSS key log, which also opens everything generated after the handshake
 * @param suite             the negotiated suite
 * @param clientNextSequence the sequence number of the client's first record after the handshake
 *                          under client_application_traffic_secret_0 (RFC 8446 section 5.3: records
 *                          already sent under that key count)
 * @param serverNextSequence the same for the server (its NewSessionTickets are under its application key)
 * @param clientTrafficSecret client_application_traffic_secret_0, from the key log
 * @param serverTrafficSecret server_application_traffic_secret_0, from the key log
 */
public record SeedHandshake(Endpoint client, Endpoint server, Vector<Flight> flights, String keyLog, CipherSuiteInfo suite,
                            long clientNextSequence, long serverNextSequence, Bytes clientTrafficSecret, Bytes serverTrafficSecret) {

    /** The bundled capture the handshake comes from. */
    public static final String CAPTURE = "tls13_aes128gcm";

    /** Consecutive records one side sent, as stream bytes. */
    public record Flight(ConnectionEnd sender, Bytes bytes) {
    }

    /** Reads {@link #CAPTURE} and cuts its handshake out; throws if the bundled capture is not what it should be. */
    public static SeedHandshake fromBundledCapture() {
        Bytes pcap = Captures.pcap(CAPTURE).getOrElseThrow(e -> new IllegalStateException(CAPTURE + ": " + e));
        String keyLogText = Captures.keyLog(CAPTURE).getOrElseThrow(e -> new IllegalStateException(CAPTURE + ": " + e));
        KeyLog keyLog = KeyLogFormat.read(keyLogText).log();
        TcpConnection connection = Capture.read(pcap).tlsConnections().headOption()
                .getOrElseThrow(() -> new IllegalStateException(CAPTURE + ": no TLS connection"));
        Dissection d = CaptureDecryption.dissect(connection, KnownSecrets.of(keyLog));
        CipherSuiteInfo suite = d.session().negotiated().cipherSuite().flatMap(CipherSuiteInfo::of)
                .getOrElseThrow(() -> new IllegalStateException(CAPTURE + ": no negotiated suite"));

        Vector<Flight> flights = Vector.empty();
        long[] afterFinished = {-1, -1};
        for (DissectedRecord r : d.records()) {
            ContentType inner = r.innerType().getOrElse(r.type());
            if (!inner.equals(ContentType.HANDSHAKE) && !inner.equals(ContentType.CHANGE_CIPHER_SPEC)) {
                break;
            }
            if (r.error().isDefined() || r.protectedRecord() && !r.decrypted()) {
                throw new IllegalStateException(CAPTURE + ": record " + r.index() + " did not decrypt: " + r.error());
            }
            int side = r.sender().ordinal();
            if (afterFinished[side] >= 0 && r.protectedRecord()) {
                afterFinished[side]++;
            }
            if (r.contents().exists(SeedHandshake::finished)) {
                afterFinished[side] = 0;
            }
            Bytes stream = connection.stream(r.sender() == ConnectionEnd.CLIENT ? Side.CLIENT : Side.SERVER).bytes();
            Bytes record = stream.slice((int) r.offset(), (int) r.offset() + 5 + r.length());
            flights = !flights.isEmpty() && flights.last().sender() == r.sender()
                    ? flights.update(flights.size() - 1, new Flight(r.sender(), flights.last().bytes().concat(record)))
                    : flights.append(new Flight(r.sender(), record));
        }
        if (afterFinished[0] < 0 || afterFinished[1] < 0) {
            throw new IllegalStateException(CAPTURE + ": the handshake does not complete");
        }
        Bytes clientRandom = keyLog.clientRandoms().head();
        Bytes clientSecret = keyLog.secret(clientRandom, KeyLogLabel.ApplicationTraffic.generation(KeyLogLabel.Direction.CLIENT, 0))
                .getOrElseThrow(() -> new IllegalStateException(CAPTURE + ": no CLIENT_TRAFFIC_SECRET_0"));
        Bytes serverSecret = keyLog.secret(clientRandom, KeyLogLabel.ApplicationTraffic.generation(KeyLogLabel.Direction.SERVER, 0))
                .getOrElseThrow(() -> new IllegalStateException(CAPTURE + ": no SERVER_TRAFFIC_SECRET_0"));
        return new SeedHandshake(connection.client(), connection.server(), flights, keyLogText, suite,
                afterFinished[0], afterFinished[1], clientSecret, serverSecret);
    }

    private static boolean finished(RecordContent c) {
        return c instanceof RecordContent.HandshakeContent h && h.message().msgType().equals(HandshakeType.FINISHED);
    }

    @Override
    public String toString() {
        return "SeedHandshake[" + CAPTURE + ", " + client + " -> " + server + ", " + suite.name() + ", " + flights.size() + " flights]";
    }
}
