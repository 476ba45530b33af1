package org.tlscodec.session.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tlscodec.codec.Bytes;

/**
 * Reassembles what one side of a TCP connection sent (RFC 9293 sections 3.4 and 3.10.7.4), as a
 * passive observer: segments come in capture order; sequence numbers are unwrapped (modulo 2^32,
 * each against the highest seen, so streams past 4 GiB stay in order); the first bytes seen at a
 * position win and later copies that differ are noted; bytes are delivered, as a receiver would,
 * once everything before them has arrived. Pieces are slices of the capture, never copied until
 * the runs are built, and each byte is placed once: the work is O(segments log segments).
 *
 * <p>Offsets inside are relative to the first sequence number seen ({@code rel}); the stream's
 * offset 0 is the byte after the SYN, or the first byte seen when there was no SYN.
 */
final class DirectionAssembler {
    /** Captured bytes at a relative offset, from the frame that first carried them. */
    record Piece(long start, Bytes bytes, int frame, long timestampNanos) {
        long end() {
            return start + bytes.size();
        }
    }

    /** A note, made once the side and the stream's origin are known. */
    @FunctionalInterface
    interface PendingNote {
        StreamNote make(Side side, long origin);
    }

    /** A delivery, before the side is known. */
    record Delivery(DirectionAssembler from, long start, Bytes bytes, int frame, long timestampNanos) {
    }

    private final TreeMap<Long, Piece> pieces = new TreeMap<>();
    private final List<PendingNote> notes = new ArrayList<>();
    private boolean seen;
    private long refSequence;
    private long refRel;
    private boolean fronted;
    private long front;
    private long start;
    private boolean startFromSyn;
    private boolean finished;
    private long finRel;
    private boolean reset;
    private long isn = -1;

    private long rel(long sequence) {
        if (!seen) {
            seen = true;
            refSequence = sequence;
            refRel = 0;
            return 0;
        }
        long r = refRel + (int) (sequence - refSequence);
        if (r > refRel) {
            refRel = r;
            refSequence = sequence;
        }
        return r;
    }

    /** The initial sequence number of this side's SYN, or -1 when none was seen. */
    long initialSequence() {
        return isn;
    }

    boolean ended() {
        return finished || reset;
    }

    boolean hasData() {
        return !pieces.isEmpty();
    }

    /** Takes one segment this side sent, delivering into {@code out} whatever became contiguous. */
    void segment(TcpSegment s, List<Delivery> out) {
        long r = rel(s.sequence());
        if (s.syn()) {
            if (isn < 0) {
                isn = s.sequence();
            }
            r += 1; // the SYN takes one sequence number (RFC 9293 section 3.4)
            if (!fronted) {
                fronted = true;
                front = r;
                start = r;
                startFromSyn = true;
            }
        }
        Bytes payload = s.payload();
        if (!payload.isEmpty()) {
            data(r, payload, s.frame(), s.timestampNanos(), out);
        }
        if (s.fin() && !finished) {
            finished = true;
            finRel = r + payload.size();
        }
        if (s.rst()) {
            reset = true;
        }
    }

    private void data(long r, Bytes payload, int frame, long ts, List<Delivery> out) {
        long end = r + payload.size();
        if (reset || finished && end > finRel) {
            long from = reset ? r : Math.max(r, finRel);
            long cut = end - from;
            notes.add((side, origin) -> new StreamNote.AfterEnd(side, from - origin, cut, frame));
            if (from == r) {
                return;
            }
            payload = payload.take((int) (from - r));
            end = from;
        }
        if (!fronted) {
            fronted = true;
            front = r;
            start = r;
        }
        if (r < start) {
            long first = r;
            long before = Math.min(end, start) - r;
            boolean kept = !startFromSyn;
            long firstDelivered = start;
            notes.add((side, origin) -> new StreamNote.BeforeStart(side, first - firstDelivered, before, frame, kept));
            if (startFromSyn) { // sequence numbers before the SYN's: not part of this stream
                if (end <= start) {
                    return;
                }
                payload = payload.drop((int) before);
                r = start;
            }
        }
        place(r, end, payload, frame, ts);
        Piece p;
        while ((p = pieces.get(front)) != null) {
            out.add(new Delivery(this, p.start(), p.bytes(), frame, ts));
            front = p.end();
        }
    }

    /** Places the bytes of [r, end) that are not there yet; compares the rest with what is. */
    private void place(long r, long end, Bytes payload, int frame, long ts) {
        long pos = r;
        Map.Entry<Long, Piece> before = pieces.floorEntry(pos);
        if (before != null && before.getValue().end() > pos) {
            pos = compare(before.getValue(), r, pos, end, payload, frame);
        }
        while (pos < end) {
            Map.Entry<Long, Piece> next = pieces.ceilingEntry(pos);
            long until = next == null ? end : Math.min(next.getKey(), end);
            if (until > pos) {
                insert(pos, until, r, payload, frame, ts);
                pos = until;
            }
            if (next != null && pos < end && next.getKey() == pos) {
                pos = compare(next.getValue(), r, pos, end, payload, frame);
            }
        }
    }

    /** Compares the overlap of a placed piece with the new bytes from {@code pos}; answers where the overlap ends. */
    private long compare(Piece existing, long r, long pos, long end, Bytes payload, int frame) {
        long stop = Math.min(existing.end(), end);
        Bytes theirs = existing.bytes().slice((int) (pos - existing.start()), (int) (stop - existing.start()));
        Bytes ours = payload.slice((int) (pos - r), (int) (stop - r));
        if (!theirs.equals(ours)) {
            long at = pos;
            long length = stop - pos;
            int first = existing.frame();
            notes.add((side, origin) -> new StreamNote.ConflictingOverlap(side, at - origin, length, frame, first));
        }
        return stop;
    }

    private void insert(long from, long until, long r, Bytes payload, int frame, long ts) {
        if (from < front && until > front) { // keep a piece boundary at the delivery front
            insert(from, front, r, payload, frame, ts);
            insert(front, until, r, payload, frame, ts);
            return;
        }
        pieces.put(from, new Piece(from, payload.slice((int) (from - r), (int) (until - r)), frame, ts));
    }

    /** Up to {@code n} bytes from the stream's start, as far as they are contiguous. */
    Bytes leading(int n) {
        Bytes out = Bytes.empty();
        long expected = origin();
        for (Piece p : pieces.values()) {
            if (out.size() >= n || p.start() != expected) {
                break;
            }
            out = out.concat(p.bytes().take(Math.min(n - out.size(), p.bytes().size())));
            expected = p.end();
        }
        return out;
    }

    /** The stream's offset 0, relative to the first sequence number seen. */
    long origin() {
        if (startFromSyn || pieces.isEmpty()) {
            return start;
        }
        return Math.min(start, pieces.firstKey());
    }

    /** The finished stream, its gaps, and the notes taken on the way, for the side this turned out to be. */
    TcpStream stream(Side side, List<StreamNote> out) {
        long origin = origin();
        for (PendingNote n : notes) {
            out.add(n.make(side, origin));
        }
        List<StreamRun> runs = new ArrayList<>();
        List<FrameSpan> spans = new ArrayList<>();
        List<Piece> run = new ArrayList<>();
        long expected = origin;
        for (Piece p : pieces.values()) {
            if (p.start() != expected && !run.isEmpty()) {
                runs.add(join(run, origin));
                run.clear();
            }
            if (p.start() != expected) {
                out.add(new StreamNote.Gap(side, expected - origin, p.start() - expected));
            }
            run.add(p);
            expected = p.end();
            FrameSpan last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.frame() == p.frame() && last.end() == p.start() - origin) {
                spans.set(spans.size() - 1, new FrameSpan(last.offset(), last.length() + p.bytes().size(), p.frame(), p.timestampNanos()));
            } else {
                spans.add(new FrameSpan(p.start() - origin, p.bytes().size(), p.frame(), p.timestampNanos()));
            }
        }
        if (!run.isEmpty()) {
            runs.add(join(run, origin));
        }
        if (finished && finRel > expected) {
            out.add(new StreamNote.Gap(side, expected - origin, finRel - expected));
        }
        return new TcpStream(side, io.vavr.collection.Vector.ofAll(runs), io.vavr.collection.Vector.ofAll(spans), finished, reset);
    }

    private static StreamRun join(List<Piece> run, long origin) {
        long offset = run.get(0).start() - origin;
        List<Bytes> parts = new ArrayList<>(run.size());
        long size = 0;
        for (Piece p : run) {
            // A Bytes holds at most Integer.MAX_VALUE - 8 bytes; the capture itself could not be larger.
            if (size + p.bytes().size() > Integer.MAX_VALUE - 8) {
                break;
            }
            parts.add(p.bytes());
            size += p.bytes().size();
        }
        return new StreamRun(offset, Bytes.concatAll(parts));
    }
}
