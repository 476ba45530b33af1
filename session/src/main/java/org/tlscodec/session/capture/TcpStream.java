package org.tlscodec.session.capture;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;

/**
 * What one side of a TCP connection sent, reassembled (RFC 9293 section 3.4: bytes ordered by
 * sequence number): the contiguous runs (one, unless a segment is missing), and for every byte the
 * frame it came in. {@code finished} is true once the side sent a FIN, {@code reset} once it sent
 * an RST.
 */
public record TcpStream(Side sender, Vector<StreamRun> runs, Vector<FrameSpan> spans, boolean finished, boolean reset) {

    /** The bytes from the stream's start up to the first missing byte (all of them when nothing is missing). */
    public Bytes bytes() {
        return runs.headOption().filter(r -> r.offset() == 0).map(StreamRun::bytes).getOrElse(Bytes.empty());
    }

    /** True when the stream is one run from its start: nothing missing. */
    public boolean contiguous() {
        return runs.isEmpty() || runs.size() == 1 && runs.head().offset() == 0;
    }

    /** How many bytes were captured, over all runs. */
    public long size() {
        return runs.foldLeft(0L, (n, r) -> n + r.bytes().size());
    }

    /** The frame that carried the byte at {@code offset}, if that byte was captured. */
    public Option<FrameSpan> frameAt(long offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            FrameSpan s = spans.get(mid);
            if (offset < s.offset()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return Option.some(s);
            }
        }
        return Option.none();
    }
}
