package org.tlscodec.bench.session;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.keylog.KeyLogFormat;
import org.tlscodec.session.capture.Capture;
import io.vavr.control.Option;
import org.tlscodec.session.capture.CaptureFold;
import org.tlscodec.session.capture.ConnectionFold;
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
 * data, as a user of issue 5's API writes it. The file is read in one pass ({@link Capture#fold}:
 * pcap, link, IP, TCP, reassembly), each TLS connection's chunks go, as the reassembly delivers
 * them, into a {@link Conversation} with the key log parsed from its NSS text, and every
 * application_data plaintext comes out, in the order the records completed. No stream is joined
 * or kept ({@link Capture#read} would keep them).
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
        CaptureFold<Option<Dissection>> fold = Capture.fold(captureFile, ConnectionFold.<Option<Conversation>, Option<Dissection>>of(
                opening -> opening.tls() ? Option.some(Conversation.start(known)) : Option.none(),
                (conversation, chunk) -> conversation.isEmpty() ? conversation : Option.some(conversation.get().feed(chunk(chunk))),
                (conversation, connection) -> conversation.map(Conversation::finish)));
        Vector<Bytes> out = Vector.empty();
        int records = 0;
        int errors = fold.errors().size();
        Vector<Dissection> connections = fold.connections().flatMap(d -> d);
        for (Dissection d : connections) {
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
