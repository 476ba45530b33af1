package org.tlscodec.bench.session;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.keylog.KeyLogFormat;
import org.tlscodec.session.capture.Capture;
import org.tlscodec.session.capture.CaptureReading;
import org.tlscodec.session.capture.Side;
import org.tlscodec.session.capture.StreamChunk;
import org.tlscodec.session.capture.TcpConnection;
import org.tlscodec.session.conversation.Chunk;
import org.tlscodec.session.conversation.Conversation;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.record.RecordContent;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;

/**
 * The measured side: the library's whole passive path from a capture file to the application
 * data, as a user of issue 5's API writes it. The file is read ({@link Capture#read}: pcap, link,
 * IP, TCP, reassembly), each TLS connection's stream chunks go in delivery order into a
 * {@link Conversation} with the key log parsed from its NSS text, and every application_data
 * plaintext comes out, in the order the records completed.
 */
public final class CaptureDecryption {
    private CaptureDecryption() {
    }

    /**
     * What decrypting a capture gave: every application-data plaintext in order, with how many
     * records were read and how many had an error (none, for a capture the key log opens).
     */
    public record Decrypted(Vector<Bytes> applicationData, int records, int errors, int connections) {
        /** The plaintext bytes over all records. */
        public long plaintextBytes() {
            return applicationData.foldLeft(0L, (n, b) -> n + b.size());
        }
    }

    /** Capture file bytes and NSS key log text in, every application-data plaintext out. */
    public static Decrypted applicationData(Bytes captureFile, String keyLogText) {
        KnownSecrets known = KnownSecrets.of(KeyLogFormat.read(keyLogText).log());
        CaptureReading reading = Capture.read(captureFile);
        Vector<Bytes> out = Vector.empty();
        int records = 0;
        int errors = reading.errors().size();
        Vector<TcpConnection> connections = reading.tlsConnections();
        for (TcpConnection connection : connections) {
            Dissection d = dissect(connection, known);
            records += d.records().size();
            errors += d.summary().errors();
            for (DissectedRecord r : d.records()) {
                for (RecordContent c : r.contents()) {
                    if (c instanceof RecordContent.ApplicationData a) {
                        out = out.append(a.data());
                    }
                }
            }
        }
        return new Decrypted(out, records, errors, connections.size());
    }

    /** One reassembled connection through the passive session: its chunks in delivery order. */
    public static Dissection dissect(TcpConnection connection, KnownSecrets known) {
        return Conversation.dissect(connection.chunks().map(CaptureDecryption::chunk), known);
    }

    private static Chunk chunk(StreamChunk c) {
        return new Chunk(c.side() == Side.CLIENT ? ConnectionEnd.CLIENT : ConnectionEnd.SERVER, c.bytes());
    }
}
