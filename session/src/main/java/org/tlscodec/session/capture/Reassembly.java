package org.tlscodec.session.capture;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.tlscodec.codec.Bytes;

/**
 * The TCP reassembly of a capture, one segment at a time: each segment goes to its connection,
 * found by the 4-tuple (RFC 9293 section 3.3.1: a connection is identified by its pair of sockets,
 * either way round), and connections are numbered in the order of their first packet. A SYN that
 * reuses the 4-tuple of a connection that has ended, with a new initial sequence number, starts a
 * new connection. Whatever becomes contiguous goes at once to the reader's {@link ConnectionFold}.
 *
 * <p>Segments must come in capture order: by timestamp, the frame number breaking ties. Files are
 * written in that order; {@link #connections} sorts a list that is not, and {@link Capture#fold}
 * falls back to it when a file's timestamps go back.
 *
 * <p>The lookup is made for a frame's bytes: a hash of both endpoints that does not depend on the
 * direction, read from the frame (no {@link Endpoint} is made for a known connection), in an
 * open-addressing table, confirmed by comparing ports and address bytes; the last connection is
 * tried first, since consecutive segments mostly belong to one.
 */
final class Reassembly {
    private final ConnectionFold<Object, ?> fold;
    private final List<ConnectionAssembler> all = new ArrayList<>();
    private long[] hashes = new long[64];
    private ConnectionAssembler[] table = new ConnectionAssembler[64];
    private int used;
    private ConnectionAssembler last;

    @SuppressWarnings("unchecked")
    Reassembly(ConnectionFold<?, ?> fold) {
        this.fold = (ConnectionFold<Object, ?>) fold;
    }

    /** TCP segments already decoded, in any order, reassembled through {@code fold}. */
    static <R> Vector<R> connections(List<TcpSegment> segments, ConnectionFold<?, R> fold) {
        List<TcpSegment> ordered = segments;
        if (!inOrder(segments)) {
            ordered = new ArrayList<>(segments);
            ordered.sort(Comparator.comparingLong(TcpSegment::timestampNanos).thenComparingInt(TcpSegment::frame));
        }
        Reassembly r = new Reassembly(fold);
        for (TcpSegment s : ordered) {
            r.segment(s);
        }
        return r.finish();
    }

    private static boolean inOrder(List<TcpSegment> segments) {
        for (int i = 1; i < segments.size(); i++) {
            TcpSegment p = segments.get(i - 1);
            TcpSegment s = segments.get(i);
            if (s.timestampNanos() < p.timestampNanos() || s.timestampNanos() == p.timestampNanos() && s.frame() < p.frame()) {
                return false;
            }
        }
        return true;
    }

    /** A segment decoded elsewhere. */
    void segment(TcpSegment s) {
        Bytes src = s.source().address();
        Bytes dst = s.destination().address();
        if (src.size() == dst.size()) {
            segment(src, 0, dst, 0, src.size(), s.source().port(), s.destination().port(), s.sequence(), s.flags(), s.payload(),
                    s.frame(), s.timestampNanos());
            return;
        }
        // Addresses of two lengths never come from one IP header: a segment built by hand.
        ConnectionAssembler c = null;
        for (ConnectionAssembler x : all) {
            if (x.a().equals(s.source()) && x.b().equals(s.destination()) || x.a().equals(s.destination()) && x.b().equals(s.source())) {
                c = x;
            }
        }
        boolean sentByA = c != null && c.a().equals(s.source()) && c.b().equals(s.destination());
        if (c == null || c.reopenedBy(sentByA, s.flags(), s.sequence())) {
            c = new ConnectionAssembler(all.size(), s.frame(), s.source(), s.destination(), fold);
            all.add(c);
            sentByA = true;
        }
        c.segment(sentByA, s.sequence(), s.flags(), s.payload(), s.frame(), s.timestampNanos());
    }

    /**
     * A segment whose source address is {@code srcBuf[srcAt, srcAt + addressLength)} and whose
     * destination address is {@code dstBuf[dstAt, ...)} (for a frame, both in the frame's bytes).
     */
    void segment(Bytes srcBuf, int srcAt, Bytes dstBuf, int dstAt, int addressLength, int srcPort, int dstPort, long sequence,
                 int flags, Bytes payload, int frame, long ts) {
        ConnectionAssembler c = last;
        int direction = c == null ? 0 : direction(c, srcBuf, srcAt, dstBuf, dstAt, addressLength, srcPort, dstPort);
        long hash = 0;
        int slot = -1;
        if (direction == 0) {
            hash = endpointHash(srcBuf, srcAt, addressLength, srcPort) + endpointHash(dstBuf, dstAt, addressLength, dstPort);
            int mask = table.length - 1;
            for (int i = (int) (hash ^ hash >>> 32) & mask; table[i] != null; i = i + 1 & mask) {
                if (hashes[i] == hash) {
                    direction = direction(table[i], srcBuf, srcAt, dstBuf, dstAt, addressLength, srcPort, dstPort);
                    if (direction != 0) {
                        c = table[i];
                        slot = i;
                        break;
                    }
                }
            }
        }
        if (direction == 0 || c.reopenedBy(direction == 1, flags, sequence)) {
            Endpoint source = new Endpoint(srcBuf.slice(srcAt, srcAt + addressLength), srcPort);
            Endpoint destination = new Endpoint(dstBuf.slice(dstAt, dstAt + addressLength), dstPort);
            c = new ConnectionAssembler(all.size(), frame, source, destination, fold);
            all.add(c);
            direction = 1;
            if (slot < 0) {
                if (hash == 0) {
                    hash = endpointHash(srcBuf, srcAt, addressLength, srcPort) + endpointHash(dstBuf, dstAt, addressLength, dstPort);
                    slot = find(hash, c);
                }
                if (slot < 0) {
                    insert(hash, c);
                }
            }
            if (slot >= 0) {
                table[slot] = c;
            }
        }
        last = c;
        c.segment(direction == 1, sequence, flags, payload, frame, ts);
    }

    /** The slot of the connection on the same endpoints as {@code c}, or -1. */
    private int find(long hash, ConnectionAssembler c) {
        int mask = table.length - 1;
        for (int i = (int) (hash ^ hash >>> 32) & mask; table[i] != null; i = i + 1 & mask) {
            if (hashes[i] == hash && (table[i].a().equals(c.a()) && table[i].b().equals(c.b())
                    || table[i].a().equals(c.b()) && table[i].b().equals(c.a()))) {
                return i;
            }
        }
        return -1;
    }

    private void insert(long hash, ConnectionAssembler c) {
        if (2 * (used + 1) > table.length) {
            long[] oldHashes = hashes;
            ConnectionAssembler[] oldTable = table;
            hashes = new long[oldTable.length * 2];
            table = new ConnectionAssembler[oldTable.length * 2];
            for (int i = 0; i < oldTable.length; i++) {
                if (oldTable[i] != null) {
                    put(oldHashes[i], oldTable[i]);
                }
            }
        }
        put(hash, c);
        used++;
    }

    private void put(long hash, ConnectionAssembler c) {
        int mask = table.length - 1;
        int i = (int) (hash ^ hash >>> 32) & mask;
        while (table[i] != null) {
            i = i + 1 & mask;
        }
        hashes[i] = hash;
        table[i] = c;
    }

    /** 1 when the segment goes from A to B of {@code c}, 2 from B to A, 0 when it is not {@code c}'s. */
    private static int direction(ConnectionAssembler c, Bytes srcBuf, int srcAt, Bytes dstBuf, int dstAt, int length, int srcPort,
                                 int dstPort) {
        Endpoint a = c.a();
        Endpoint b = c.b();
        if (a.port() == srcPort && b.port() == dstPort && same(a.address(), srcBuf, srcAt, length) && same(b.address(), dstBuf, dstAt, length)) {
            return 1;
        }
        if (b.port() == srcPort && a.port() == dstPort && same(b.address(), srcBuf, srcAt, length) && same(a.address(), dstBuf, dstAt, length)) {
            return 2;
        }
        return 0;
    }

    private static boolean same(Bytes address, Bytes buf, int at, int length) {
        if (address.size() != length) {
            return false;
        }
        for (int i = length - 1; i >= 0; i--) {
            if (address.get(i) != buf.get(at + i)) {
                return false;
            }
        }
        return true;
    }

    /** A mixed hash of one endpoint; the sum of both ends' is the same either way round. */
    private static long endpointHash(Bytes buf, int at, int length, int port) {
        long h = port;
        for (int i = 0; i + 4 <= length; i += 4) {
            h = h * 0x9E3779B97F4A7C15L + ((long) buf.get(at + i) << 24 | buf.get(at + i + 1) << 16 | buf.get(at + i + 2) << 8 | buf.get(at + i + 3));
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** Every connection closed by the fold, in the order of their first packet. */
    <R> Vector<R> finish() {
        Object[] out = new Object[all.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all.get(i).finish();
        }
        @SuppressWarnings("unchecked")
        Vector<R> v = (Vector<R>) Vector.ofAll(Arrays.asList(out));
        return v;
    }
}
