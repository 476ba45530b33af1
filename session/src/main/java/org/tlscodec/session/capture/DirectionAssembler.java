package org.tlscodec.session.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tlscodec.codec.Bytes;

/**
 * Reassembles what one side of a TCP connection sent (RFC 9293 sections 3.4 and 3.10.7.4), as a
 * passive observer, one segment at a time: sequence numbers are unwrapped (modulo 2^32, each
 * against the highest seen, so streams past 4 GiB stay in order); the first bytes seen at a
 * position win and later copies that differ are noted; bytes are delivered, as a receiver would,
 * once everything before them has arrived (RFC 9293 section 3.10.7.4: a segment at RCV.NXT is
 * processed, a later one waits). Pieces are slices of the capture, never copied.
 *
 * <p>Three places hold the pieces, in stream order: {@code early}, bytes placed before the
 * stream's first delivered byte (only when no SYN fixed the start); the delivered pieces, one
 * append-only array covering {@code [start, front)} without a hole, searched by offset when a
 * retransmission has to be compared with them; and {@code pending}, the pieces after a hole,
 * waiting for it to fill. The in-order case, a segment at the front with nothing pending, is
 * appended and delivered at once: no sorted map is touched, no object is made but the slice.
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

    /** Where delivered bytes go: relative offset, the bytes, and the frame whose arrival delivered them. */
    @FunctionalInterface
    interface Deliveries {
        void deliver(DirectionAssembler from, long start, Bytes bytes, int frame, long timestampNanos);
    }

    private long[] deliveredStart = new long[8];
    private Bytes[] deliveredBytes = new Bytes[8];
    private int[] deliveredFrame = new int[8];
    private long[] deliveredTimestamp = new long[8];
    private int delivered;
    private final TreeMap<Long, Piece> pending = new TreeMap<>();
    private final TreeMap<Long, Piece> early = new TreeMap<>();
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

    /** True when a SYN fixed where the stream starts: its first bytes, once there, never change. */
    boolean startFixed() {
        return startFromSyn;
    }

    /** How many bytes were delivered: the stream from its start up to the front. */
    long deliveredLength() {
        return fronted ? front - start : 0;
    }

    /** Takes one segment this side sent, delivering into {@code out} whatever became contiguous. */
    void segment(long sequence, int flags, Bytes payload, int frame, long ts, Deliveries out) {
        long r = rel(sequence);
        if ((flags & TcpSegment.SYN) != 0) {
            if (isn < 0) {
                isn = sequence;
            }
            r += 1; // the SYN takes one sequence number (RFC 9293 section 3.4)
            if (!fronted) {
                fronted = true;
                front = r;
                start = r;
                startFromSyn = true;
            }
        }
        if (!payload.isEmpty()) {
            data(r, payload, frame, ts, out);
        }
        if ((flags & TcpSegment.FIN) != 0 && !finished) {
            finished = true;
            finRel = r + payload.size();
        }
        if ((flags & TcpSegment.RST) != 0) {
            reset = true;
        }
    }

    private void data(long r, Bytes payload, int frame, long ts, Deliveries out) {
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
        if (r == front && pending.isEmpty()) { // in order: nothing can overlap it
            append(r, payload, frame, ts);
            front = end;
            out.deliver(this, r, payload, frame, ts);
            return;
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
        while ((p = pending.remove(front)) != null) {
            append(p.start(), p.bytes(), p.frame(), p.timestampNanos());
            out.deliver(this, p.start(), p.bytes(), frame, ts);
            front = p.end();
        }
    }

    private void append(long at, Bytes bytes, int frame, long ts) {
        if (delivered == deliveredStart.length) {
            int n = delivered * 2;
            deliveredStart = java.util.Arrays.copyOf(deliveredStart, n);
            deliveredBytes = java.util.Arrays.copyOf(deliveredBytes, n);
            deliveredFrame = java.util.Arrays.copyOf(deliveredFrame, n);
            deliveredTimestamp = java.util.Arrays.copyOf(deliveredTimestamp, n);
        }
        deliveredStart[delivered] = at;
        deliveredBytes[delivered] = bytes;
        deliveredFrame[delivered] = frame;
        deliveredTimestamp[delivered] = ts;
        delivered++;
    }

    /**
     * Places the bytes of [r, end) that are not there yet; compares the rest with what is, piece by
     * piece in stream order: the early pieces, the delivered ones, the pending ones.
     */
    private void place(long r, long end, Bytes payload, int frame, long ts) {
        long pos = r;
        if (pos < start) {
            long until = Math.min(end, start);
            placeIn(early, r, pos, until, payload, frame, ts);
            pos = until;
        }
        if (pos < end && pos < front) {
            pos = compareDelivered(r, pos, Math.min(end, front), payload, frame);
        }
        if (pos < end) {
            placeIn(pending, r, pos, end, payload, frame, ts);
        }
    }

    private void placeIn(TreeMap<Long, Piece> pieces, long r, long from, long end, Bytes payload, int frame, long ts) {
        long pos = from;
        Map.Entry<Long, Piece> before = pieces.floorEntry(pos);
        if (before != null && before.getValue().end() > pos) {
            pos = compare(before.getValue().start(), before.getValue().bytes(), before.getValue().frame(), r, pos, end, payload, frame);
        }
        while (pos < end) {
            Map.Entry<Long, Piece> next = pieces.ceilingEntry(pos);
            long until = next == null ? end : Math.min(next.getKey(), end);
            if (until > pos) {
                pieces.put(pos, new Piece(pos, payload.slice((int) (pos - r), (int) (until - r)), frame, ts));
                pos = until;
            }
            if (next != null && pos < end && next.getKey() == pos) {
                Piece p = next.getValue();
                pos = compare(p.start(), p.bytes(), p.frame(), r, pos, end, payload, frame);
            }
        }
    }

    /** Compares [pos, stop) of the new bytes with the delivered pieces there; answers stop. */
    private long compareDelivered(long r, long pos, long stop, Bytes payload, int frame) {
        int lo = 0;
        int hi = delivered - 1;
        while (lo < hi) { // the last piece starting at or before pos
            int mid = (lo + hi + 1) >>> 1;
            if (deliveredStart[mid] <= pos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        for (int i = lo; pos < stop; i++) {
            pos = compare(deliveredStart[i], deliveredBytes[i], deliveredFrame[i], r, pos, stop, payload, frame);
        }
        return pos;
    }

    /** Compares the overlap of a placed piece with the new bytes from {@code pos}; answers where the overlap ends. */
    private long compare(long existingStart, Bytes existing, int existingFrame, long r, long pos, long end, Bytes payload, int frame) {
        long stop = Math.min(existingStart + existing.size(), end);
        Bytes theirs = existing.slice((int) (pos - existingStart), (int) (stop - existingStart));
        Bytes ours = payload.slice((int) (pos - r), (int) (stop - r));
        if (!theirs.equals(ours)) {
            long at = pos;
            long length = stop - pos;
            notes.add((side, origin) -> new StreamNote.ConflictingOverlap(side, at - origin, length, frame, existingFrame));
        }
        return stop;
    }

    /** Every piece in stream order, until {@code visit} answers false. */
    private void pieces(PieceVisitor visit) {
        for (Piece p : early.values()) {
            if (!visit.piece(p.start(), p.bytes(), p.frame(), p.timestampNanos())) {
                return;
            }
        }
        for (int i = 0; i < delivered; i++) {
            if (!visit.piece(deliveredStart[i], deliveredBytes[i], deliveredFrame[i], deliveredTimestamp[i])) {
                return;
            }
        }
        for (Piece p : pending.values()) {
            if (!visit.piece(p.start(), p.bytes(), p.frame(), p.timestampNanos())) {
                return;
            }
        }
    }

    @FunctionalInterface
    private interface PieceVisitor {
        boolean piece(long start, Bytes bytes, int frame, long timestampNanos);
    }

    /** Up to {@code n} bytes from the stream's start, as far as they are contiguous. */
    Bytes leading(int n) {
        Bytes[] out = {Bytes.empty()};
        long[] expected = {origin()};
        pieces((at, bytes, frame, ts) -> {
            if (out[0].size() >= n || at != expected[0]) {
                return false;
            }
            out[0] = out[0].concat(bytes.take(Math.min(n - out[0].size(), bytes.size())));
            expected[0] = at + bytes.size();
            return true;
        });
        return out[0];
    }

    /** The stream's offset 0, relative to the first sequence number seen. */
    long origin() {
        if (startFromSyn || early.isEmpty()) {
            return start;
        }
        return Math.min(start, early.firstKey());
    }

    /** The notes taken on the way and the gaps, for the side this turned out to be. */
    void notes(Side side, List<StreamNote> out) {
        long origin = origin();
        for (PendingNote n : notes) {
            out.add(n.make(side, origin));
        }
        // The delivered pieces have no gap between them by construction: one range [start, front).
        long expected = gaps(early, side, origin, origin, out);
        if (delivered > 0) {
            expected = gap(side, origin, expected, start, front, out);
        }
        expected = gaps(pending, side, origin, expected, out);
        if (finished && finRel > expected) {
            out.add(new StreamNote.Gap(side, expected - origin, finRel - expected));
        }
    }

    private static long gaps(TreeMap<Long, Piece> pieces, Side side, long origin, long expected, List<StreamNote> out) {
        for (Piece p : pieces.values()) {
            expected = gap(side, origin, expected, p.start(), p.end(), out);
        }
        return expected;
    }

    /** Notes the gap before bytes [from, to) when they do not start where the stream is expected; answers their end. */
    private static long gap(Side side, long origin, long expected, long from, long to, List<StreamNote> out) {
        if (from != expected) {
            out.add(new StreamNote.Gap(side, expected - origin, from - expected));
        }
        return to;
    }

    /** The finished stream: its runs and the frame of every byte. */
    TcpStream stream(Side side) {
        long origin = origin();
        List<StreamRun> runs = new ArrayList<>();
        List<FrameSpan> spans = new ArrayList<>();
        List<Bytes> run = new ArrayList<>();
        long[] runStart = {origin};
        long[] expected = {origin};
        pieces((at, bytes, frame, ts) -> {
            if (at != expected[0] && !run.isEmpty()) {
                runs.add(join(run, runStart[0] - origin));
                run.clear();
            }
            if (run.isEmpty()) {
                runStart[0] = at;
            }
            run.add(bytes);
            expected[0] = at + bytes.size();
            FrameSpan last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.frame() == frame && last.end() == at - origin) {
                spans.set(spans.size() - 1, new FrameSpan(last.offset(), last.length() + bytes.size(), frame, ts));
            } else {
                spans.add(new FrameSpan(at - origin, bytes.size(), frame, ts));
            }
            return true;
        });
        if (!run.isEmpty()) {
            runs.add(join(run, runStart[0] - origin));
        }
        return new TcpStream(side, io.vavr.collection.Vector.ofAll(runs), io.vavr.collection.Vector.ofAll(spans), finished, reset);
    }

    private static StreamRun join(List<Bytes> run, long offset) {
        List<Bytes> parts = new ArrayList<>(run.size());
        long size = 0;
        for (Bytes p : run) {
            // A Bytes holds at most Integer.MAX_VALUE - 8 bytes; the capture itself could not be larger.
            if (size + p.size() > Integer.MAX_VALUE - 8) {
                break;
            }
            parts.add(p);
            size += p.size();
        }
        return new StreamRun(offset, Bytes.concatAll(parts));
    }
}
