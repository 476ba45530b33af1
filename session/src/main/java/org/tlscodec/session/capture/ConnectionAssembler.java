package org.tlscodec.session.capture;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import org.tlscodec.codec.Bytes;

/**
 * One TCP connection while its segments come in: the two endpoints ({@code a} sent the first
 * captured packet), a {@link DirectionAssembler} for each direction, and the reader's fold fed with
 * the deliveries of both in capture order. Which side is the client comes from the strongest
 * evidence seen (RFC 9293 section 3.5: the side that sends the SYN opens the connection), and the
 * connection is TLS when either stream starts like it.
 *
 * <p>The fold is opened at the first delivery with what is known then. Until nothing can change
 * that decision any more (a SYN seen, both streams' starts fixed by their SYN and SYN-ACK, and
 * enough bytes to tell TLS), the deliveries are also kept in a log (slices, not copies); when a
 * later segment changes the decision (a SYN-ACK or SYN captured late, bytes placed before a stream's
 * first byte), the fold is opened again and the log fed again, so what the reader ends with is what
 * the decision at the end of the file gives. Once decided, the log is dropped and each delivery
 * goes straight to the fold. A connection whose decision keeps changing (bytes arriving before its
 * start one segment at a time) stops being fed after a few changes and is fed once at the end of
 * the file: the work stays linear in its deliveries.
 */
final class ConnectionAssembler implements DirectionAssembler.Deliveries {
    /** What the fold was opened with: the opening, and both streams' origins (chunk offsets count from them). */
    private record Decision(ConnectionOpening opening, boolean clientIsA, long originA, long originB) {
    }

    /** A delivery kept while the decision may still change. */
    private record Logged(boolean fromA, long start, Bytes bytes, int frame, long timestampNanos) {
    }

    /** How often a connection is fed again before the rest waits for the end of the file: bounds the work to a few passes. */
    private static final int MAX_REOPENINGS = 8;
    private static final Endpoint NOWHERE = new Endpoint(Bytes.empty(), 0);
    private static final Decision NOT_OPENED = new Decision(new ConnectionOpening(-1, NOWHERE, NOWHERE, ClientEvidence.FIRST_SENDER, false, 0),
            true, 0, 0);

    private final int number;
    private final int firstFrame;
    private final Endpoint a;
    private final Endpoint b;
    private final DirectionAssembler fromA = new DirectionAssembler();
    private final DirectionAssembler fromB = new DirectionAssembler();
    private final ConnectionFold<Object, ?> fold;
    // 1: A sent it, 2: B sent it, 0: not seen
    private int synSender;
    private int synAckSender;
    private Object state = Boolean.FALSE;
    private boolean opened;
    private Decision decision = NOT_OPENED;
    private List<Logged> log = new ArrayList<>();
    private int fed;
    private boolean settled;
    private int reopenings;
    private boolean deferred;

    ConnectionAssembler(int number, int firstFrame, Endpoint a, Endpoint b, ConnectionFold<Object, ?> fold) {
        this.number = number;
        this.firstFrame = firstFrame;
        this.a = a;
        this.b = b;
        this.fold = fold;
    }

    Endpoint a() {
        return a;
    }

    Endpoint b() {
        return b;
    }

    /** True when a new SYN from A ({@code sentByA}) or B with {@code sequence} opens a new connection on these endpoints (a port reused). */
    boolean reopenedBy(boolean sentByA, int flags, long sequence) {
        if ((flags & TcpSegment.SYN) == 0 || (flags & TcpSegment.ACK) != 0) {
            return false;
        }
        DirectionAssembler d = sentByA ? fromA : fromB;
        boolean closed = fromA.ended() || fromB.ended();
        return closed && d.initialSequence() >= 0 && d.initialSequence() != sequence;
    }

    void segment(boolean sentByA, long sequence, int flags, Bytes payload, int frame, long ts) {
        if ((flags & TcpSegment.SYN) != 0) {
            if ((flags & TcpSegment.ACK) == 0 && synSender == 0) {
                synSender = sentByA ? 1 : 2;
            } else if ((flags & TcpSegment.ACK) != 0 && synAckSender == 0) {
                synAckSender = sentByA ? 1 : 2;
            }
        }
        (sentByA ? fromA : fromB).segment(sequence, flags, payload, frame, ts, this);
        if (!settled && !deferred && (opened || !log.isEmpty())) {
            Decision d = decide();
            if (opened && !d.equals(decision) && ++reopenings > MAX_REOPENINGS) {
                deferred = true; // changes again and again (bytes before the start, one by one): fed once, at the end
            } else if (!opened || !d.equals(decision)) {
                reopen(d);
            } else {
                while (fed < log.size()) {
                    feed(log.get(fed++));
                }
            }
            if (decided()) {
                settled = true;
                log = List.of();
            }
        }
    }

    @Override
    public void deliver(DirectionAssembler from, long start, Bytes bytes, int frame, long timestampNanos) {
        if (settled) {
            boolean fromClient = (from == fromA) == decision.clientIsA();
            long origin = from == fromA ? decision.originA() : decision.originB();
            state = fold.feed().feed(state, new StreamChunk(fromClient ? Side.CLIENT : Side.SERVER, start - origin, bytes, frame, timestampNanos));
        } else {
            log.add(new Logged(from == fromA, start, bytes, frame, timestampNanos));
        }
    }

    private void feed(Logged l) {
        boolean fromClient = l.fromA() == decision.clientIsA();
        long origin = l.fromA() ? decision.originA() : decision.originB();
        state = fold.feed().feed(state, new StreamChunk(fromClient ? Side.CLIENT : Side.SERVER, l.start() - origin, l.bytes(), l.frame(),
                l.timestampNanos()));
    }

    private void reopen(Decision d) {
        decision = d;
        state = fold.open().open(d.opening());
        opened = true;
        for (Logged l : log) {
            feed(l);
        }
        fed = log.size();
    }

    /** Who is the client, and whether this is TLS, from the strongest evidence so far. */
    private Decision decide() {
        ClientEvidence evidence;
        boolean clientIsA;
        if (synSender != 0) {
            evidence = ClientEvidence.SYN;
            clientIsA = synSender == 1;
        } else if (synAckSender != 0) {
            evidence = ClientEvidence.SYN_ACK;
            clientIsA = synAckSender == 2;
        } else {
            boolean helloA = TlsBytes.looksLikeClientHello(fromA.leading(8));
            if (helloA != TlsBytes.looksLikeClientHello(fromB.leading(8))) {
                evidence = ClientEvidence.CLIENT_HELLO;
                clientIsA = helloA;
            } else {
                evidence = ClientEvidence.FIRST_SENDER;
                clientIsA = true;
            }
        }
        boolean tls = TlsBytes.looksLikeTls(fromA.leading(8)) || TlsBytes.looksLikeTls(fromB.leading(8));
        return new Decision(new ConnectionOpening(number, clientIsA ? a : b, clientIsA ? b : a, evidence, tls, firstFrame), clientIsA,
                fromA.origin(), fromB.origin());
    }

    /**
     * True when no later segment can change the decision: the client told by its SYN, both streams
     * starting after their SYN (so their first bytes never change), and the TLS look fixed by five
     * bytes (a record header, or an SSL 2.0 hello's) from a side.
     */
    private boolean decided() {
        if (synSender == 0 || !fromA.startFixed() || !fromB.startFixed()) {
            return false;
        }
        boolean fixedA = fromA.deliveredLength() >= 5;
        boolean fixedB = fromB.deliveredLength() >= 5;
        return fixedA && fixedB || fixedA && decision.opening().tls() && TlsBytes.looksLikeTls(fromA.leading(8))
                || fixedB && decision.opening().tls() && TlsBytes.looksLikeTls(fromB.leading(8));
    }

    <R> R finish() {
        Decision d = decide();
        if (!opened || deferred || !settled && !d.equals(decision)) {
            reopen(d);
        }
        boolean clientIsA = decision.clientIsA();
        List<StreamNote> notes = new ArrayList<>();
        DirectionAssembler client = clientIsA ? fromA : fromB;
        DirectionAssembler server = clientIsA ? fromB : fromA;
        client.notes(Side.CLIENT, notes);
        server.notes(Side.SERVER, notes);
        @SuppressWarnings("unchecked")
        ConnectionFold.Close<Object, R> close = (ConnectionFold.Close<Object, R>) fold.close();
        return close.close(state, new ReassembledConnection(decision.opening(), Vector.ofAll(notes), client, server));
    }
}
