package org.tlscodec.session.capture;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import org.tlscodec.codec.Bytes;

/**
 * One TCP connection while its segments come in: the two endpoints ({@code a} sent the first
 * captured packet), a {@link DirectionAssembler} for each direction, and the deliveries of both in
 * capture order. Which side is the client is decided at the end, from the strongest evidence seen
 * (RFC 9293 section 3.5: the side that sends the SYN opens the connection).
 */
final class ConnectionAssembler {
    private final int number;
    private final int firstFrame;
    private final Endpoint a;
    private final Endpoint b;
    private final DirectionAssembler fromA = new DirectionAssembler();
    private final DirectionAssembler fromB = new DirectionAssembler();
    private final List<DirectionAssembler.Delivery> deliveries = new ArrayList<>();
    // 1: A sent it, 2: B sent it, 0: not seen
    private int synSender;
    private int synAckSender;

    ConnectionAssembler(int number, int firstFrame, Endpoint a, Endpoint b) {
        this.number = number;
        this.firstFrame = firstFrame;
        this.a = a;
        this.b = b;
    }

    /** True when a new SYN from {@code source} with {@code sequence} opens a new connection on these endpoints (a port reused). */
    boolean reopenedBy(TcpSegment s) {
        if (!s.syn() || s.ack()) {
            return false;
        }
        DirectionAssembler d = s.source().equals(a) ? fromA : fromB;
        boolean closed = fromA.ended() || fromB.ended();
        return closed && d.initialSequence() >= 0 && d.initialSequence() != s.sequence();
    }

    void segment(TcpSegment s) {
        boolean sentByA = s.source().equals(a) && s.destination().equals(b);
        if (s.syn()) {
            if (!s.ack() && synSender == 0) {
                synSender = sentByA ? 1 : 2;
            } else if (s.ack() && synAckSender == 0) {
                synAckSender = sentByA ? 1 : 2;
            }
        }
        (sentByA ? fromA : fromB).segment(s, deliveries);
    }

    /**
     * The delivered bytes as the slice of the stream's run that holds them (the same bytes): chunks
     * that follow each other are then adjacent slices of one array, which a reader joins without
     * copying ({@link org.tlscodec.codec.Bytes#concat}).
     */
    private static Bytes inRun(TcpStream stream, long offset, Bytes delivered) {
        for (StreamRun r : stream.runs()) {
            if (r.offset() <= offset && offset + delivered.size() <= r.end()) {
                int from = (int) (offset - r.offset());
                return r.bytes().slice(from, from + delivered.size());
            }
        }
        return delivered;
    }

    TcpConnection finish() {
        ClientEvidence evidence;
        boolean clientIsA;
        if (synSender != 0) {
            evidence = ClientEvidence.SYN;
            clientIsA = synSender == 1;
        } else if (synAckSender != 0) {
            evidence = ClientEvidence.SYN_ACK;
            clientIsA = synAckSender == 2;
        } else if (TlsBytes.looksLikeClientHello(fromA.leading(8)) != TlsBytes.looksLikeClientHello(fromB.leading(8))) {
            evidence = ClientEvidence.CLIENT_HELLO;
            clientIsA = TlsBytes.looksLikeClientHello(fromA.leading(8));
        } else {
            evidence = ClientEvidence.FIRST_SENDER;
            clientIsA = true;
        }
        DirectionAssembler client = clientIsA ? fromA : fromB;
        DirectionAssembler server = clientIsA ? fromB : fromA;
        List<StreamNote> notes = new ArrayList<>();
        TcpStream clientStream = client.stream(Side.CLIENT, notes);
        TcpStream serverStream = server.stream(Side.SERVER, notes);
        long clientOrigin = client.origin();
        long serverOrigin = server.origin();
        List<StreamChunk> chunks = new ArrayList<>(deliveries.size());
        for (DirectionAssembler.Delivery d : deliveries) {
            boolean fromClient = d.from() == client;
            long offset = d.start() - (fromClient ? clientOrigin : serverOrigin);
            chunks.add(new StreamChunk(fromClient ? Side.CLIENT : Side.SERVER, offset,
                    inRun(fromClient ? clientStream : serverStream, offset, d.bytes()), d.frame(), d.timestampNanos()));
        }
        boolean tls = TlsBytes.looksLikeTls(clientStream.bytes()) || TlsBytes.looksLikeTls(serverStream.bytes());
        return new TcpConnection(number, clientIsA ? a : b, clientIsA ? b : a, evidence, clientStream, serverStream,
                Vector.ofAll(chunks), tls, firstFrame, Vector.ofAll(notes));
    }
}
