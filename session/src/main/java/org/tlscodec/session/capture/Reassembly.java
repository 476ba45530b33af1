package org.tlscodec.session.capture;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sorts a capture's TCP segments into connections, keyed by the 4-tuple (RFC 9293 section 3.3.1:
 * a connection is identified by its pair of sockets) and numbered in the order of each
 * connection's first packet. A SYN that reuses the 4-tuple of a connection that has ended, with a
 * new initial sequence number, starts a new connection.
 *
 * <p>Segments are taken in capture order: by timestamp, the frame number breaking ties. Files are
 * written in that order, so this is the file's order; a file whose packets were shuffled but kept
 * their timestamps reassembles the same.
 */
final class Reassembly {
    private record Key(Endpoint low, Endpoint high) {
        static Key of(Endpoint x, Endpoint y) {
            return x.compareTo(y) <= 0 ? new Key(x, y) : new Key(y, x);
        }
    }

    private Reassembly() {
    }

    static Vector<TcpConnection> connections(List<TcpSegment> segments) {
        List<TcpSegment> ordered = new ArrayList<>(segments);
        if (!inOrder(ordered)) {
            ordered.sort(Comparator.comparingLong(TcpSegment::timestampNanos).thenComparingInt(TcpSegment::frame));
        }
        Map<Key, ConnectionAssembler> open = new HashMap<>();
        List<ConnectionAssembler> all = new ArrayList<>();
        for (TcpSegment s : ordered) {
            Key key = Key.of(s.source(), s.destination());
            ConnectionAssembler c = open.get(key);
            if (c == null || c.reopenedBy(s)) {
                c = new ConnectionAssembler(all.size(), s.frame(), s.source(), s.destination());
                open.put(key, c);
                all.add(c);
            }
            c.segment(s);
        }
        List<TcpConnection> out = new ArrayList<>(all.size());
        for (ConnectionAssembler c : all) {
            out.add(c.finish());
        }
        return Vector.ofAll(out);
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
}
