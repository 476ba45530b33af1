package org.tlscodec.bench.session;

import java.security.GeneralSecurityException;
import org.tlscodec.bench.crypto.JcaRecordBaseline;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.TrafficKeys;
import org.tlscodec.crypto.keylog.KeyLog;
import org.tlscodec.crypto.keylog.KeyLogFormat;
import org.tlscodec.crypto.keylog.KeyLogLabel;
import org.tlscodec.crypto.keys.Tls13Protection;
import org.tlscodec.session.state.ConnectionEnd;

/**
 * The yardstick: bare {@code javax.crypto.Cipher} AES-GCM decryption of exactly the application_data
 * records of a {@link LargeCapture}, already split out of the streams into one {@code byte[]} a
 * record, in the order they were sent, with one {@link JcaRecordBaseline} (one {@code Cipher}) per
 * direction: nonce = the write IV xor the sequence number, additional data = the record header
 * (RFC 8446 section 5.2 and 5.3). The write keys and IVs are derived once, before anything is
 * measured, from the key log's application traffic secrets (section 7.3). No capture reading, no
 * TCP, no record framing, no handshake: only the AEAD work a passive reader cannot avoid.
 */
public final class JcaCaptureBaseline {
    private static final int HEADER = 5;

    private final JcaRecordBaseline client;
    private final JcaRecordBaseline server;
    private final byte[][] fragments;
    private final long[] sequences;
    private final boolean[] fromClient;

    private JcaCaptureBaseline(JcaRecordBaseline client, JcaRecordBaseline server, byte[][] fragments, long[] sequences, boolean[] fromClient) {
        this.client = client;
        this.server = server;
        this.fragments = fragments;
        this.sequences = sequences;
        this.fromClient = fromClient;
    }

    /** The baseline for the records of {@code capture}, keyed from its key log. */
    public static JcaCaptureBaseline of(LargeCapture capture) {
        KeyLog log = KeyLogFormat.read(capture.keyLog()).log();
        Bytes clientRandom = log.clientRandoms().head();
        int n = capture.applicationRecords().size();
        byte[][] fragments = new byte[n][];
        long[] sequences = new long[n];
        boolean[] fromClient = new boolean[n];
        for (int i = 0; i < n; i++) {
            ProtectedRecord r = capture.applicationRecords().get(i);
            fragments[i] = r.record().drop(HEADER).toArray();
            sequences[i] = r.sequence();
            fromClient[i] = r.sender() == ConnectionEnd.CLIENT;
        }
        return new JcaCaptureBaseline(direction(capture, log, clientRandom, KeyLogLabel.Direction.CLIENT),
                direction(capture, log, clientRandom, KeyLogLabel.Direction.SERVER), fragments, sequences, fromClient);
    }

    /** Opens every record: each one's type and inner plaintext (the content, then the type byte). */
    public JcaRecordBaseline.Opened[] openAll() throws GeneralSecurityException {
        JcaRecordBaseline.Opened[] out = new JcaRecordBaseline.Opened[fragments.length];
        for (int i = 0; i < fragments.length; i++) {
            out[i] = (fromClient[i] ? client : server).open(sequences[i], fragments[i]);
        }
        return out;
    }

    /** How many records {@link #openAll} opens. */
    public int records() {
        return fragments.length;
    }

    private static JcaRecordBaseline direction(LargeCapture capture, KeyLog log, Bytes clientRandom, KeyLogLabel.Direction d) {
        Bytes secret = log.secret(clientRandom, KeyLogLabel.ApplicationTraffic.generation(d, 0))
                .getOrElseThrow(() -> new IllegalStateException("no " + d + "_TRAFFIC_SECRET_0 in the key log"));
        TrafficKeys keys = Tls13Protection.trafficKeys(capture.suite(), secret).getOrElseThrow(e -> new IllegalStateException(e.message()));
        try {
            return JcaRecordBaseline.of(capture.suite(), keys.key(), keys.iv());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e.toString(), e);
        }
    }
}
