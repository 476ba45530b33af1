package org.tlscodec.session.capture;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.tlscodec.codec.Bytes;

/**
 * The libpcap file format (draft-ietf-opsawg-pcap sections 4 and 5): a 24-byte file header whose
 * magic number gives the byte order and the timestamp unit (a1b2c3d4 microseconds, a1b23c4d
 * nanoseconds), then per packet a 16-byte record header and the captured bytes. The modified
 * (Kuznetzov) format, magic a1b2cd34, has 8 more bytes in each record header. A record whose
 * captured length runs past the end of the file is where the file was cut.
 */
final class PcapReader {
    static final long MAGIC_MICROS = 0xa1b2c3d4L;
    static final long MAGIC_NANOS = 0xa1b23c4dL;
    static final long MAGIC_MODIFIED = 0xa1b2cd34L;
    private static final int FILE_HEADER = 24;

    private PcapReader() {
    }

    /** True when {@code magic} (the first four bytes, big-endian) is a libpcap magic number in either byte order. */
    static boolean recognises(long magic) {
        return magicOf(magic) != 0 || magicOf(Long.reverseBytes(magic) >>> 32) != 0;
    }

    private static long magicOf(long m) {
        return m == MAGIC_MICROS || m == MAGIC_NANOS || m == MAGIC_MODIFIED ? m : 0;
    }

    static FrameReading read(Bytes file) {
        List<Frame> frames = new ArrayList<>();
        FileReading r = read(file, (number, at, captured, ts, link, original) ->
                frames.add(new Frame(number, at, ts, link, file.slice(at, at + captured), original)));
        return new FrameReading(r.format(), Vector.ofAll(frames), r.secrets(), r.errors(), r.notes());
    }

    /** Reads the file's records, handing each frame to {@code sink} as it is read. */
    static FileReading read(Bytes file, FrameSink sink) {
        List<CaptureError> errors = new ArrayList<>();
        List<CaptureNote> notes = new ArrayList<>();
        if (file.size() < FILE_HEADER) {
            errors.add(new CaptureError.Truncated(0, "a 24-byte libpcap file header", file.size()));
            return result(errors, notes, false);
        }
        long big = Wire.u32be(file, 0);
        boolean little = magicOf(big) == 0;
        long magic = little ? Wire.u32(file, 0, true) : big;
        boolean nanos = magic == MAGIC_NANOS;
        int recordHeader = magic == MAGIC_MODIFIED ? 24 : 16;
        int major = Wire.u16(file, 4, little);
        int minor = Wire.u16(file, 6, little);
        if (major != 2) {
            notes.add(new CaptureNote(Option.none(), 4, "libpcap version " + major + "." + minor + ", read as 2.4"));
        }
        LinkType link = new LinkType((int) (Wire.u32(file, 20, little) & 0xffff));
        int pos = FILE_HEADER;
        int number = 0;
        ReadAhead ahead = new ReadAhead(file);
        while (pos < file.size()) {
            int remaining = file.size() - pos;
            if (remaining < recordHeader) {
                errors.add(new CaptureError.Truncated(pos, "a " + recordHeader + "-byte packet record header", remaining));
                break;
            }
            long seconds = Wire.u32(file, pos, little);
            long fraction = Wire.u32(file, pos + 4, little);
            long captured = Wire.u32(file, pos + 8, little);
            long original = Wire.u32(file, pos + 12, little);
            number++;
            if (captured > remaining - recordHeader) {
                errors.add(new CaptureError.Truncated(pos, "packet record " + number + " of " + captured
                        + " captured bytes after its " + recordHeader + "-byte header", remaining));
                break;
            }
            int start = pos + recordHeader;
            ahead.at(pos);
            long nanosSinceEpoch = Wire.saturatingAdd(Wire.saturatingMultiply(seconds, 1_000_000_000L),
                    nanos ? fraction : Wire.saturatingMultiply(fraction, 1000));
            if (!sink.frame(number, start, (int) captured, nanosSinceEpoch, link, Math.max(original, captured))) {
                return result(errors, notes, true);
            }
            pos = start + (int) captured;
        }
        ahead.done();
        return result(errors, notes, false);
    }

    private static FileReading result(List<CaptureError> errors, List<CaptureNote> notes, boolean stopped) {
        return new FileReading(Option.some(CaptureFormat.PCAP), Vector.empty(), Vector.ofAll(errors), Vector.ofAll(notes), stopped);
    }
}
