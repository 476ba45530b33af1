package org.tlscodec.session.capture;

import org.tlscodec.codec.Bytes;

/**
 * Reads one byte of every 64-byte line up to 8 KiB ahead of a capture reader, a prefetch in plain
 * Java. Each pcap record's or pcapng block's length gives the next one's place, so on a file larger
 * than the caches every header read otherwise waits for memory, one after the other; reading ahead
 * lets those loads overlap, and the payloads, read later by whoever takes the frames, are then in
 * cache too. It never touches behind the reader: a large frame's tail is its reader's to fetch.
 * Measured in bench/README.md (issue 5): at 1460-byte segments, none 0.52–0.55, 2 KiB 0.60–0.63,
 * 8 KiB 0.64–0.69 of the bare JCA; nothing at loopback-size frames.
 */
final class ReadAhead {
    private static final int DISTANCE = 8192;
    private static final int LINE = 64;
    /** The sum of the bytes read ahead, kept so the reads are not optimised away; means nothing. */
    @SuppressWarnings("unused")
    private static int lookedAhead;

    private final Bytes file;
    private int upTo;
    private int sum;

    ReadAhead(Bytes file) {
        this.file = file;
    }

    /** The reader is at {@code pos}: the lines up to {@code pos} + 8 KiB are read. */
    void at(int pos) {
        int limit = Math.min(pos + DISTANCE, file.size());
        int i = Math.max(upTo, pos);
        int s = sum;
        while (i < limit) {
            s += file.get(i);
            i += LINE;
        }
        upTo = i;
        sum = s;
    }

    /** The reader is done: the sum is published so the reads count. */
    void done() {
        lookedAhead = sum;
    }
}
