package org.tlscodec.session.dissect;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.capture.Capture;
import org.tlscodec.session.capture.CaptureFold;
import org.tlscodec.session.capture.ConnectionFold;
import org.tlscodec.session.capture.DecryptionSecrets;
import org.tlscodec.session.capture.StreamNote;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.session.capture.CaptureReading;
import org.tlscodec.session.capture.Endpoint;
import org.tlscodec.session.capture.Side;
import org.tlscodec.session.capture.StreamChunk;
import org.tlscodec.session.capture.TcpConnection;
import org.tlscodec.session.conversation.Chunk;
import org.tlscodec.session.conversation.Conversation;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.state.ConnectionEnd;

/**
 * The capture-level dissector of issue 5's library API: a capture file (or one connection's
 * chunks) and the secrets known in, every TLS connection decoded and decrypted out, as values.
 * {@link Capture#fold} finds the connections (TLS by the bytes, any port) and reassembles them in
 * one pass; each TLS connection's chunks, in delivery order, go into its {@link Conversation} as
 * they are delivered. A pcapng
 * whose Decryption Secrets Blocks hold an NSS key log (pcapng draft, section 4.7) adds it to the
 * secrets given, so such a file decrypts with nothing given. Pure; nothing is thrown.
 *
 * <pre>{@code
 * CaptureDissection d = Dissect.capture(Bytes.of(Files.readAllBytes(pcap)), DissectSecrets.keyLog(keyLogText));
 * for (ConnectionDissection c : d.connections()) {
 *     c.summary().cipherSuite();  c.records();  c.errors();
 * }
 * }</pre>
 */
public final class Dissect {
    private Dissect() {
    }

    /**
     * A capture file's bytes (libpcap or pcapng) dissected with {@code secrets} (and any key log the
     * file carries), in one pass: each TLS connection's bytes go into its {@link Conversation} as the
     * reassembly delivers them ({@link Capture#fold}), and no stream is joined or kept. The same
     * dissection as {@link #capture(CaptureReading, DissectSecrets)} of {@link Capture#read}.
     */
    public static CaptureDissection capture(Bytes file, DissectSecrets secrets) {
        String carried = DecryptionSecrets.joinedKeyLog(Capture.decryptionSecrets(file));
        DissectSecrets all = carried.isEmpty() ? secrets : secrets.withKeyLog("the capture's Decryption Secrets Block", carried);
        KnownSecrets known = all.known();
        CaptureFold<Option<ConnectionDissection>> fold = Capture.fold(file, ConnectionFold.<Option<Conversation>, Option<ConnectionDissection>>of(
                opening -> opening.tls() ? Option.some(Conversation.start(known)) : Option.none(),
                (conversation, c) -> conversation.isEmpty() ? conversation : Option.some(conversation.get().feed(chunk(c))),
                (conversation, c) -> conversation.map(v -> of(c.number(), Option.some(c.client()), Option.some(c.server()), v.finish(),
                        reassembly(c.number(), c.notes())))));
        Vector<DissectError> errors = fold.errors().<DissectError>map(DissectError.CaptureFile::new).appendAll(all.problems());
        return new CaptureDissection(fold.format(), fold.connections().flatMap(c -> c), errors, fold.notes(), !carried.isEmpty());
    }

    /** A capture already read to its connections, dissected with {@code secrets} (and any key log it carries). */
    public static CaptureDissection capture(CaptureReading reading, DissectSecrets secrets) {
        String carried = reading.keyLog();
        DissectSecrets all = carried.isEmpty() ? secrets : secrets.withKeyLog("the capture's Decryption Secrets Block", carried);
        Vector<DissectError> errors = reading.errors().<DissectError>map(DissectError.CaptureFile::new).appendAll(all.problems());
        Vector<ConnectionDissection> connections = reading.tlsConnections().map(c -> connection(c, all));
        return new CaptureDissection(reading.format(), connections, errors, reading.notes(), !carried.isEmpty());
    }

    /** One reassembled TCP connection dissected with {@code secrets}; its secret problems are not repeated here. */
    public static ConnectionDissection connection(TcpConnection connection, DissectSecrets secrets) {
        Vector<Chunk> chunks = connection.chunks().map(Dissect::chunk);
        return of(connection.number(), Option.some(connection.client()), Option.some(connection.server()),
                Conversation.dissect(chunks, secrets.known()), reassembly(connection.number(), connection.notes()));
    }

    private static Vector<DissectError> reassembly(int number, Vector<StreamNote> notes) {
        return notes.map(n -> new DissectError.Reassembly(number, n));
    }

    /**
     * Chunks of one connection, both sides interleaved in the order they were delivered (e.g. one
     * chunk per TCP segment, or each side's whole stream when the sides did not interleave), dissected
     * with {@code secrets}: connection number 0, no endpoints; the secrets' problems are its first errors.
     */
    public static ConnectionDissection chunks(Iterable<Chunk> chunks, DissectSecrets secrets) {
        return of(0, Option.none(), Option.none(), Conversation.dissect(chunks, secrets.known()), secrets.problems());
    }

    private static ConnectionDissection of(int number, Option<Endpoint> client, Option<Endpoint> server, Dissection d,
                                           Vector<DissectError> before) {
        Vector<DissectError> errors = before
                .appendAll(d.streamErrors().map(e -> new DissectError.Stream(number, e)))
                .appendAll(d.records().flatMap(r -> r.error().map(e -> recordError(number, r, e))));
        return new ConnectionDissection(number, client, server, d, errors);
    }

    private static DissectError recordError(int number, DissectedRecord r, String detail) {
        return new DissectError.Record(number, r.index(), r.sender(), r.offset(), detail);
    }

    private static Chunk chunk(StreamChunk c) {
        return new Chunk(c.side() == Side.CLIENT ? ConnectionEnd.CLIENT : ConnectionEnd.SERVER, c.bytes());
    }
}
