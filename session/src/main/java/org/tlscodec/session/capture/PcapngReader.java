package org.tlscodec.session.capture;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.tlscodec.codec.Bytes;

/**
 * The pcapng format (draft-ietf-opsawg-pcapng): blocks of {@code type, total length, body, total
 * length}. Read here: the Section Header Block (section 4.1; its byte-order magic sets the byte
 * order of the section, and a new one starts a new section with new interfaces), the Interface
 * Description Block (4.2; link type, snapshot length, {@code if_tsresol} and {@code if_tsoffset}),
 * the Enhanced (4.3), Simple (4.4) and obsolete Packet Blocks (appendix), and the Decryption Secrets
 * Block (4.7). Other blocks are skipped and counted, never fatal.
 */
final class PcapngReader {
    static final long SECTION_HEADER = 0x0A0D0D0AL;
    static final long BYTE_ORDER_MAGIC = 0x1A2B3C4DL;
    static final int INTERFACE_DESCRIPTION = 1;
    static final int OBSOLETE_PACKET = 2;
    static final int SIMPLE_PACKET = 3;
    static final int ENHANCED_PACKET = 6;
    static final int DECRYPTION_SECRETS = 10;
    private static final int OPT_END = 0;
    private static final int IF_TSRESOL = 9;
    private static final int IF_TSOFFSET = 14;
    private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);

    /** An interface of the current section: what its packets' link type and timestamps mean. */
    private record Interface(LinkType link, long snapLength, boolean binary, int exponent, long offsetSeconds) {
        long nanos(long units) {
            long n;
            if (binary) {
                BigInteger u = new BigInteger(Long.toUnsignedString(units));
                BigInteger v = u.multiply(BILLION).shiftRight(exponent);
                n = v.bitLength() < 63 ? v.longValue() : Long.MAX_VALUE;
            } else if (units < 0) {
                n = Long.MAX_VALUE;
            } else if (exponent <= 9) {
                n = Wire.saturatingMultiply(units, pow10(9 - exponent));
            } else {
                n = exponent - 9 > 18 ? 0 : units / pow10(exponent - 9);
            }
            return Wire.saturatingAdd(n, Wire.saturatingMultiply(Math.abs(offsetSeconds), 1_000_000_000L)
                    * Long.signum(offsetSeconds));
        }

        private static long pow10(int e) {
            long p = 1;
            for (int i = 0; i < e; i++) {
                p *= 10;
            }
            return p;
        }
    }

    private final Bytes file;
    private final FrameSink sink;
    private boolean stopped;
    private final ReadAhead ahead;
    private final List<DecryptionSecrets> secrets = new ArrayList<>();
    private final List<CaptureError> errors = new ArrayList<>();
    private final List<CaptureNote> notes = new ArrayList<>();
    private final TreeMap<Long, Integer> skipped = new TreeMap<>();
    private final List<Interface> interfaces = new ArrayList<>();
    private boolean little;
    private int number;
    private long lastTimestamp;

    private PcapngReader(Bytes file, FrameSink sink) {
        this.file = file;
        this.sink = sink;
        this.ahead = new ReadAhead(file);
    }

    static FrameReading read(Bytes file) {
        List<Frame> frames = new ArrayList<>();
        FileReading r = read(file, (number, at, captured, ts, link, original) ->
                frames.add(new Frame(number, at, ts, link, file.slice(at, at + captured), original)));
        return new FrameReading(r.format(), Vector.ofAll(frames), r.secrets(), r.errors(), r.notes());
    }

    /** Reads the file's blocks, handing each packet's frame to {@code sink} as it is read. */
    static FileReading read(Bytes file, FrameSink sink) {
        PcapngReader r = new PcapngReader(file, sink);
        r.blocks();
        r.ahead.done();
        r.skipped.forEach((type, count) -> r.notes.add(new CaptureNote(Option.none(), 0,
                count + " block" + (count == 1 ? "" : "s") + " of type 0x" + Long.toHexString(type) + " skipped")));
        return new FileReading(Option.some(CaptureFormat.PCAPNG), Vector.ofAll(r.secrets), Vector.ofAll(r.errors),
                Vector.ofAll(r.notes), r.stopped);
    }

    private void blocks() {
        int pos = 0;
        while (pos < file.size() && !stopped) {
            ahead.at(pos);
            int remaining = file.size() - pos;
            if (remaining < 12) {
                errors.add(new CaptureError.Truncated(pos, "a pcapng block header (type and total length) and trailer, 12 bytes", remaining));
                return;
            }
            if (Wire.u32be(file, pos) == SECTION_HEADER) {
                long magic = Wire.u32be(file, pos + 8);
                if (magic == BYTE_ORDER_MAGIC) {
                    little = false;
                } else if (magic == Long.reverseBytes(BYTE_ORDER_MAGIC) >>> 32) {
                    little = true;
                } else {
                    errors.add(new CaptureError.Malformed(pos + 8, "the Section Header Block's byte-order magic 1a2b3c4d"
                            + " (either byte order), found " + file.slice(pos + 8, pos + 12).hex()));
                    return;
                }
            } else if (pos == 0) {
                errors.add(new CaptureError.Malformed(0, "a Section Header Block first"));
                return;
            }
            long type = Wire.u32(file, pos, little);
            long length = Wire.u32(file, pos + 4, little);
            if (length < 12 || length % 4 != 0) {
                errors.add(new CaptureError.Malformed(pos + 4, "a block total length that is a multiple of 4 and at least 12, found " + length));
                return;
            }
            if (length > remaining) {
                errors.add(new CaptureError.Truncated(pos, "a block of type 0x" + Long.toHexString(type) + " and " + length + " bytes", remaining));
                return;
            }
            int end = pos + (int) length;
            long trailer = Wire.u32(file, end - 4, little);
            if (trailer != length) {
                errors.add(new CaptureError.Malformed(end - 4, "the block's trailing total length to repeat " + length + ", found " + trailer));
            }
            block(type, pos, pos + 8, end - 4);
            pos = end;
        }
    }

    private void block(long type, int at, int body, int end) {
        if (type == SECTION_HEADER) {
            section(at, body, end);
        } else if (type == INTERFACE_DESCRIPTION) {
            interfaceDescription(at, body, end);
        } else if (type == ENHANCED_PACKET) {
            enhancedPacket(at, body, end);
        } else if (type == SIMPLE_PACKET) {
            simplePacket(at, body, end);
        } else if (type == OBSOLETE_PACKET) {
            obsoletePacket(at, body, end);
        } else if (type == DECRYPTION_SECRETS) {
            decryptionSecrets(at, body, end);
        } else {
            skipped.merge(type, 1, Integer::sum);
        }
    }

    private void section(int at, int body, int end) {
        interfaces.clear();
        if (end - body < 16) {
            errors.add(new CaptureError.Malformed(at, "a Section Header Block body of 16 bytes at least, found " + (end - body)));
            return;
        }
        int major = Wire.u16(file, body + 4, little);
        if (major != 1) {
            notes.add(new CaptureNote(Option.none(), body + 4, "pcapng section version " + major + "." + Wire.u16(file, body + 6, little) + ", read as 1.0"));
        }
    }

    private void interfaceDescription(int at, int body, int end) {
        if (end - body < 8) {
            errors.add(new CaptureError.Malformed(at, "an Interface Description Block body of 8 bytes at least, found " + (end - body)));
            interfaces.add(new Interface(new LinkType(-1), 0, false, 6, 0));
            return;
        }
        LinkType link = new LinkType(Wire.u16(file, body, little));
        long snap = Wire.u32(file, body + 4, little);
        boolean binary = false;
        int exponent = 6;
        long offsetSeconds = 0;
        int pos = body + 8;
        while (end - pos >= 4) {
            int code = Wire.u16(file, pos, little);
            int len = Wire.u16(file, pos + 2, little);
            int padded = (len + 3) & ~3;
            if (code == OPT_END) {
                break;
            }
            if (padded > end - pos - 4) {
                errors.add(new CaptureError.Malformed(pos + 2, "an option of " + len + " bytes within its block, "
                        + (end - pos - 4) + " bytes remain"));
                break;
            }
            if (code == IF_TSRESOL && len == 1) {
                int v = file.get(pos + 4);
                binary = (v & 0x80) != 0;
                exponent = v & 0x7f;
            } else if (code == IF_TSOFFSET && len == 8) {
                offsetSeconds = Wire.u64(file, pos + 4, little);
            }
            pos += 4 + padded;
        }
        interfaces.add(new Interface(link, snap, binary, exponent, offsetSeconds));
    }

    private Option<Interface> packetInterface(long id, int frame, int at) {
        if (id >= interfaces.size()) {
            errors.add(new CaptureError.BadPacket(frame, at, "an interface id below " + interfaces.size()
                    + " (the Interface Description Blocks of this section), found " + id));
            return Option.none();
        }
        return Option.some(interfaces.get((int) id));
    }

    private void enhancedPacket(int at, int body, int end) {
        int frame = ++number;
        if (end - body < 20) {
            errors.add(new CaptureError.BadPacket(frame, at, "an Enhanced Packet Block body of 20 bytes at least, found " + (end - body)));
            return;
        }
        packet(frame, at, body + 20, end, Wire.u32(file, body, little), Wire.u32(file, body + 4, little),
                Wire.u32(file, body + 8, little), body + 12);
    }

    private void obsoletePacket(int at, int body, int end) {
        int frame = ++number;
        if (end - body < 20) {
            errors.add(new CaptureError.BadPacket(frame, at, "a Packet Block body of 20 bytes at least, found " + (end - body)));
            return;
        }
        packet(frame, at, body + 20, end, Wire.u16(file, body, little), Wire.u32(file, body + 4, little),
                Wire.u32(file, body + 8, little), body + 12);
    }

    /** The common part of EPB and PB: captured and original lengths at {@code lengths}, packet data at {@code data}. */
    private void packet(int frame, int at, int data, int end, long interfaceId, long high, long low, int lengths) {
        long captured = Wire.u32(file, lengths, little);
        long original = Wire.u32(file, lengths + 4, little);
        if (captured > end - data) {
            errors.add(new CaptureError.BadPacket(frame, lengths, "a captured length within the block's "
                    + (end - data) + " bytes of packet data, found " + captured));
            return;
        }
        Option<Interface> iface = packetInterface(interfaceId, frame, at);
        if (iface.isEmpty()) {
            return;
        }
        lastTimestamp = iface.get().nanos(high << 32 | low);
        stopped = !sink.frame(frame, data, (int) captured, lastTimestamp, iface.get().link(), Math.max(original, captured));
    }

    private void simplePacket(int at, int body, int end) {
        int frame = ++number;
        if (end - body < 4) {
            errors.add(new CaptureError.BadPacket(frame, at, "a Simple Packet Block body of 4 bytes at least, found " + (end - body)));
            return;
        }
        Option<Interface> iface = packetInterface(0, frame, at);
        if (iface.isEmpty()) {
            return;
        }
        long original = Wire.u32(file, body, little);
        long captured = Math.min(original, end - body - 4);
        if (iface.get().snapLength() > 0) {
            captured = Math.min(captured, iface.get().snapLength());
        }
        int data = body + 4;
        stopped = !sink.frame(frame, data, (int) captured, lastTimestamp, iface.get().link(), original);
    }

    private void decryptionSecrets(int at, int body, int end) {
        if (end - body < 8) {
            errors.add(new CaptureError.Malformed(at, "a Decryption Secrets Block body of 8 bytes at least, found " + (end - body)));
            return;
        }
        long type = Wire.u32(file, body, little);
        long length = Wire.u32(file, body + 4, little);
        if (length > end - body - 8) {
            errors.add(new CaptureError.Malformed(body + 4, "a secrets length within the block's " + (end - body - 8)
                    + " bytes, found " + length));
            return;
        }
        secrets.add(new DecryptionSecrets(type, file.slice(body + 8, body + 8 + (int) length)));
    }
}
