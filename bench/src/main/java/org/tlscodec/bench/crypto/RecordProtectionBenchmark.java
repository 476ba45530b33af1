package org.tlscodec.bench.crypto;

import io.vavr.control.Either;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.CipherError;
import org.tlscodec.crypto.cipher.RecordProtection;
import org.tlscodec.tls.registry.ContentType;

/**
 * Sealing and opening one 16 KiB application_data record with {@link RecordProtection} (the
 * public API: {@code Bytes} in, {@code Either} of {@code Bytes} out) and with
 * {@link JcaRecordBaseline} ({@code byte[]} in and out), same suite, key, IV, sequence numbers and
 * plaintext. Throughput: the ratio of interest is ours / baseline (target at least 0.8).
 *
 * <p>As in a connection, the sender and the receiver each have their own protection (and the
 * baseline its own two ciphers). Each seal takes the next sequence number: the JCA refuses to
 * encrypt twice under one key and nonce. The opens go round {@link #RING} records sealed at
 * sequence numbers 0 to {@code RING - 1}, so that no two opens in a row use one nonce either
 * (the JDK's ChaCha20-Poly1305 refuses that even for decryption), and the records stay in cache.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RecordProtectionBenchmark {
    /** How many different records the opens go round (a power of two). */
    static final int RING = 4;

    @Param({"TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"})
    public String suite = "TLS_AES_128_GCM_SHA256";

    private RecordCase recordCase = RecordCase.named(suite);
    private RecordProtection sender = recordCase.protection();
    private RecordProtection receiver = recordCase.protection();
    private JcaRecordBaseline baselineSender = recordCase.baseline();
    private JcaRecordBaseline baselineReceiver = recordCase.baseline();
    private Bytes plaintext = RecordCase.plaintext(RecordCase.RECORD_SIZE);
    private byte[] plaintextArray = plaintext.toArray();
    private Bytes[] records = new Bytes[RING];
    private byte[][] recordArrays = new byte[RING][];
    private long ourSeq;
    private long baselineSeq;
    private int ourOpens;
    private int baselineOpens;

    /** Builds both sides and checks that they seal to the same bytes and open each other's records. */
    @Setup
    public void setUp() throws GeneralSecurityException {
        recordCase = RecordCase.named(suite);
        sender = recordCase.protection();
        receiver = recordCase.protection();
        baselineSender = recordCase.baseline();
        baselineReceiver = recordCase.baseline();
        plaintext = RecordCase.plaintext(RecordCase.RECORD_SIZE);
        plaintextArray = plaintext.toArray();
        for (int seq = 0; seq < RING; seq++) {
            records[seq] = sender.seal(seq, ContentType.APPLICATION_DATA, RecordCase.RECORD_VERSION, plaintext)
                    .getOrElseThrow(e -> new IllegalStateException(suite + ": " + e.message())).bytes();
            recordArrays[seq] = baselineSender.seal(seq, plaintextArray);
            // A comparison of two sides doing different work would measure nothing.
            if (!Bytes.of(recordArrays[seq]).equals(records[seq])
                    || !receiver.open(seq, recordCase.outerType(), RecordCase.RECORD_VERSION, records[seq])
                            .map(RecordProtection.Opened::bytes).contains(plaintext)
                    || !baselineReceiver.open(seq, records[seq].toArray()).content().equals(plaintext)) {
                throw new IllegalStateException(suite + ": RecordProtection and the JCA baseline disagree at sequence " + seq);
            }
        }
        ourSeq = RING;
        baselineSeq = RING;
        ourOpens = 1;
        baselineOpens = 1;
    }

    @Benchmark
    public Either<CipherError, RecordProtection.Sealed> sealRecordProtection() {
        return sender.seal(ourSeq++, ContentType.APPLICATION_DATA, RecordCase.RECORD_VERSION, plaintext);
    }

    @Benchmark
    public byte[] sealJcaBaseline() throws GeneralSecurityException {
        return baselineSender.seal(baselineSeq++, plaintextArray);
    }

    @Benchmark
    public Either<CipherError, RecordProtection.Opened> openRecordProtection() {
        int seq = ourOpens++ & (RING - 1);
        return receiver.open(seq, recordCase.outerType(), RecordCase.RECORD_VERSION, records[seq]);
    }

    @Benchmark
    public JcaRecordBaseline.Opened openJcaBaseline() throws GeneralSecurityException {
        int seq = baselineOpens++ & (RING - 1);
        return baselineReceiver.open(seq, recordArrays[seq]);
    }
}
