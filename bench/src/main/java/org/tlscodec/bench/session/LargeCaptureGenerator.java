package org.tlscodec.bench.session;

import io.vavr.collection.Vector;
import java.nio.ByteOrder;
import java.util.Random;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.RecordOptions;
import org.tlscodec.crypto.cipher.RecordProtection;
import org.tlscodec.crypto.keys.Tls13Protection;
import org.tlscodec.session.capture.CaptureWriter;
import org.tlscodec.session.capture.LinkType;
import org.tlscodec.session.capture.TimestampPrecision;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.tls.record.Alert;
import org.tlscodec.tls.record.TLSCiphertext;
import org.tlscodec.tls.registry.AlertDescription;
import org.tlscodec.tls.registry.AlertLevel;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * Generates, deterministically from a seed, a capture of one TLS 1.3 TLS_AES_128_GCM_SHA256
 * connection carrying a large amount of application data, as a libpcap file on Ethernet with
 * microsecond timestamps, the form tcpdump writes.
 *
 * <ul>
 *   <li>The handshake is real: {@link SeedHandshake}, OpenSSL's, with its key log, which therefore
 *       opens the whole file.</li>
 *   <li>Then request/response exchanges: the client sends 1 to 8 records, the server answers with 1
 *       to 8, until the wanted amount is written; every record is full size, 2^14 bytes of random
 *       application data (RFC 8446 section 5.1), sealed with the library's {@link RecordProtection}
 *       under the application traffic secrets at the sequence numbers that follow the handshake's
 *       (section 5.3), header {@code 23 0x0303 length} ({@link TLSCiphertext}, section 5.2).</li>
 *   <li>Both sides send close_notify (section 6.1), then the TCP connection closes.</li>
 *   <li>TCP ({@link TcpFlow}): three-way handshake, segments of at most {@code maxSegment} payload
 *       bytes (1460 for Ethernet's 1500-byte MTU), delayed ACKs, FINs; random initial sequence
 *       numbers, so the sequence space may wrap.</li>
 * </ul>
 */
public final class LargeCaptureGenerator {
    /** The largest TLSPlaintext fragment, 2^14 (RFC 8446 section 5.1): every generated record is this size. */
    public static final int RECORD_SIZE = 1 << 14;
    /** A TCP payload on Ethernet: 1500-byte MTU less 20 bytes of IPv4 and 20 of TCP header (no options). */
    public static final int ETHERNET_MSS = 1460;
    /** The benchmark's seed. */
    public static final long SEED = 0x7153_2026_0005L;
    private static final int MAX_BURST = 8;

    private LargeCaptureGenerator() {
    }

    /** About {@code plaintextBytes} of application data (rounded up to whole records) in segments of {@code maxSegment} bytes. */
    public static LargeCapture generate(long seed, long plaintextBytes, int maxSegment) {
        return generate(SeedHandshake.fromBundledCapture(), seed, plaintextBytes, maxSegment);
    }

    /** The same after a given handshake. */
    public static LargeCapture generate(SeedHandshake handshake, long seed, long plaintextBytes, int maxSegment) {
        if (maxSegment < 1 || maxSegment > 0xffff - 40) {
            throw new IllegalArgumentException("a TCP payload of 1 to 65495 bytes: " + maxSegment);
        }
        Random random = new Random(seed);
        TcpFlow flow = new TcpFlow(handshake.client(), handshake.server(), LinkType.ETHERNET, maxSegment,
                random.nextInt() & 0xffffffffL, random.nextInt() & 0xffffffffL);
        for (SeedHandshake.Flight f : handshake.flights()) {
            flow.send(f.sender(), f.bytes());
        }
        Sealer client = new Sealer(ConnectionEnd.CLIENT, protection(handshake, handshake.clientTrafficSecret()), handshake.clientNextSequence());
        Sealer server = new Sealer(ConnectionEnd.SERVER, protection(handshake, handshake.serverTrafficSecret()), handshake.serverNextSequence());
        long records = (plaintextBytes + RECORD_SIZE - 1) / RECORD_SIZE;
        Vector<ProtectedRecord> written = Vector.empty();
        byte[] plaintext = new byte[RECORD_SIZE];
        while (written.size() < records) {
            for (Sealer side : new Sealer[] {client, server}) {
                long burst = Math.min(1 + random.nextInt(MAX_BURST), records - written.size());
                ByteWriter w = new ByteWriter((int) burst * (RECORD_SIZE + 32));
                for (int i = 0; i < burst; i++) {
                    random.nextBytes(plaintext);
                    ProtectedRecord r = side.seal(ContentType.APPLICATION_DATA, Bytes.of(plaintext));
                    w.writeBytes(r.record());
                    written = written.append(r);
                }
                flow.send(side.sender, w.toBytes());
            }
        }
        Bytes closeNotify = Alert.CODEC.encode(new Alert(AlertLevel.WARNING, AlertDescription.CLOSE_NOTIFY)).get();
        flow.send(ConnectionEnd.CLIENT, client.seal(ContentType.ALERT, closeNotify).record());
        flow.send(ConnectionEnd.SERVER, server.seal(ContentType.ALERT, closeNotify).record());
        flow.close();
        Bytes pcap = CaptureWriter.pcap(LinkType.ETHERNET, ByteOrder.LITTLE_ENDIAN, TimestampPrecision.MICROSECONDS,
                Vector.ofAll(flow.frames())).getOrElseThrow(e -> new IllegalStateException(e.message()));
        return new LargeCapture(pcap, handshake.keyLog(), handshake.suite(), written, flow.frames().size());
    }

    private static RecordProtection protection(SeedHandshake h, Bytes trafficSecret) {
        return Tls13Protection.of(h.suite(), trafficSecret, RecordOptions.DEFAULT)
                .getOrElseThrow(e -> new IllegalStateException(e.message()));
    }

    /** One side's sealing: its protection and next sequence number. */
    private static final class Sealer {
        private final ConnectionEnd sender;
        private RecordProtection protection;
        private long sequence;

        Sealer(ConnectionEnd sender, RecordProtection protection, long sequence) {
            this.sender = sender;
            this.protection = protection;
            this.sequence = sequence;
        }

        ProtectedRecord seal(ContentType type, Bytes content) {
            long seq = sequence++;
            RecordProtection.Sealed s = protection.seal(seq, type, ProtocolVersion.TLS_1_2, content)
                    .getOrElseThrow(e -> new IllegalStateException(e.message()));
            protection = s.next();
            Bytes record = TLSCiphertext.CODEC.encode(new TLSCiphertext(s.type(), ProtocolVersion.TLS_1_2, s.bytes()))
                    .getOrElseThrow(e -> new IllegalStateException(e.toString()));
            return new ProtectedRecord(sender, seq, record, content);
        }
    }
}
