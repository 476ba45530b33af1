package org.tlscodec.session.capture;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.tlscodec.codec.Bytes;

/**
 * One pass over a capture file: each frame, as the file reader hands it over, has its link, IP and
 * TCP headers read and its segment given to the {@link Reassembly}, which delivers the connection's
 * bytes to the reader's fold as soon as they are contiguous. Nothing is kept per frame but what
 * the reassembly keeps (the payload slices it has placed).
 *
 * <p>The headers are read by {@link Packets} at offsets into the file, which hands the segment's
 * fields here without making a frame or segment object (only the payload's slice), so errors and
 * notes are those of {@link Capture#read} on the same frames.
 *
 * <p>Segments must reach the reassembly in capture order (timestamp, then frame number). The pass
 * checks each frame's timestamp against the previous one and stops at the first that goes back;
 * {@link Capture#fold} then reads the file again through the sorting path.
 */
final class StreamingRead implements FrameSink, Packets.SegmentSink {

    private final Bytes file;
    private final Reassembly reassembly;
    private final List<CaptureError> errors = new ArrayList<>();
    private final List<CaptureNote> notes = new ArrayList<>();
    private final TreeMap<Integer, Integer> unsupported = new TreeMap<>();
    private int frames;
    private long lastTimestamp = Long.MIN_VALUE;
    private LinkType lastLink = new LinkType(-1);
    private boolean lastSupported;
    private boolean outOfOrder;
    private int frameNumber;
    private long frameTimestamp;

    private StreamingRead(Bytes file, ConnectionFold<?, ?> fold) {
        this.file = file;
        this.reassembly = new Reassembly(fold);
    }

    /** The file folded in one pass; none when its frames are not in time order (then the caller sorts). */
    static <R> Option<CaptureFold<R>> fold(Bytes file, boolean pcapng, ConnectionFold<?, R> fold) {
        StreamingRead s = new StreamingRead(file, fold);
        FileReading r = pcapng ? PcapngReader.read(file, s) : PcapReader.read(file, s);
        if (s.outOfOrder) {
            return Option.none();
        }
        List<CaptureNote> allNotes = new ArrayList<>(r.notes().toJavaList());
        allNotes.addAll(s.notes);
        Capture.unsupportedLinkNotes(s.unsupported, allNotes);
        List<CaptureError> allErrors = new ArrayList<>(s.errors);
        allErrors.addAll(r.errors().toJavaList());
        return Option.some(new CaptureFold<>(r.format(), s.frames, s.reassembly.finish(), r.secrets(), Vector.ofAll(allErrors),
                Vector.ofAll(allNotes)));
    }

    @Override
    public boolean frame(int number, int at, int captured, long timestampNanos, LinkType link, long originalLength) {
        if (timestampNanos < lastTimestamp) {
            outOfOrder = true;
            return false;
        }
        lastTimestamp = timestampNanos;
        frames++;
        if (link != lastLink) {
            lastLink = link;
            lastSupported = link.supported();
        }
        if (!lastSupported) {
            unsupported.merge(link.code(), 1, Integer::sum);
            return true;
        }
        frameNumber = number;
        frameTimestamp = timestampNanos;
        Option<CaptureError> error = Packets.read(file, at, at + captured, link.code(), number, at, notes, this);
        if (error.isDefined()) {
            errors.add(error.get());
        }
        return true;
    }

    /** A segment of the frame being read, its fields where they lie in the file. */
    @Override
    public void segment(Bytes d, int source, int destination, int addressLength, int sourcePort, int destinationPort, long sequence,
                        long acknowledgment, int flags, Bytes payload, boolean cut) {
        reassembly.segment(d, source, d, destination, addressLength, sourcePort, destinationPort, sequence, flags, payload, frameNumber,
                frameTimestamp);
    }
}
