package org.tlscodec.bench.session;

import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tlscodec.bench.crypto.JcaRecordBaseline;
import org.tlscodec.codec.Bytes;

/**
 * Issue 5's benchmark: decrypting a large capture of TLS 1.3 AES-128-GCM application data.
 * {@link #library} takes the capture file's bytes and the NSS key log text through the library's
 * whole passive path ({@link CaptureDecryption}: pcap read, TCP reassembly, session, every
 * application-data plaintext out); {@link #jcaBaseline} does only the AEAD work on the same records,
 * pre-split into arrays ({@link JcaCaptureBaseline}). One operation is the whole capture: time per
 * operation, and the throughput ratio of interest is baseline time / library time (target at
 * least 0.6).
 *
 * <p>The capture ({@link LargeCaptureGenerator}, fixed seed) is generated at setup, about
 * {@code megabytes} million bytes of application data in 16 KiB records in TCP segments of
 * {@code segment} bytes; setup also checks that both sides give the generated plaintexts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class CaptureDecryptionBenchmark {
    /** Application data, in millions of bytes (rounded up to whole 16 KiB records). */
    @Param({"100"})
    public int megabytes = 100;

    /** The TCP payload of a full segment: 1460 on Ethernet; 65483 is the loopback's MSS. */
    @Param({"1460"})
    public int segment = LargeCaptureGenerator.ETHERNET_MSS;

    private LargeCapture capture = Holder.EMPTY;
    private JcaCaptureBaseline baseline = JcaCaptureBaseline.of(Holder.EMPTY);

    /** Generates the capture and checks that both sides open it to the generated plaintexts. */
    @Setup(Level.Trial)
    public void setUp() throws GeneralSecurityException {
        capture = LargeCaptureGenerator.generate(LargeCaptureGenerator.SEED, megabytes * 1_000_000L, segment);
        baseline = JcaCaptureBaseline.of(capture);
        String problem = disagreement();
        if (!problem.isEmpty()) {
            // A comparison of two sides doing different work would measure nothing.
            throw new IllegalStateException(problem);
        }
    }

    /** The capture measured. */
    public LargeCapture capture() {
        return capture;
    }

    @Benchmark
    public CaptureDecryption.Decrypted library() {
        return CaptureDecryption.applicationData(capture.pcap(), capture.keyLog());
    }

    @Benchmark
    public JcaRecordBaseline.Opened[] jcaBaseline() throws GeneralSecurityException {
        return baseline.openAll();
    }

    /** Empty when both sides give exactly the generated plaintexts, else what differs. */
    public String disagreement() throws GeneralSecurityException {
        CaptureDecryption.Decrypted ours = library();
        JcaRecordBaseline.Opened[] theirs = jcaBaseline();
        int n = capture.applicationRecords().size();
        if (ours.errors() != 0) {
            return "the library reported " + ours.errors() + " errors";
        }
        if (ours.applicationData().size() != n || theirs.length != n) {
            return "records: generated " + n + ", library " + ours.applicationData().size() + ", baseline " + theirs.length;
        }
        for (int i = 0; i < n; i++) {
            Bytes expected = capture.applicationRecords().get(i).plaintext();
            if (!ours.applicationData().get(i).equals(expected) || !theirs[i].content().equals(expected) || theirs[i].type() != 23) {
                return "application_data record " + i + " differs";
            }
        }
        return "";
    }

    /** The placeholder before setup: a capture of one record. */
    private static final class Holder {
        static final LargeCapture EMPTY = LargeCaptureGenerator.generate(LargeCaptureGenerator.SEED, 1, LargeCaptureGenerator.ETHERNET_MSS);
    }
}
