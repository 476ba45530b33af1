package org.tlscodec.bench.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.CipherError;
import org.tlscodec.crypto.cipher.RecordProtection;
import org.tlscodec.tls.registry.ContentType;

/**
 * The benchmark compares {@link RecordProtection} with {@link JcaRecordBaseline}; the comparison is
 * fair only if both do the same work. These hold them to the same bytes: every record either seals
 * is byte for byte the other's, and each opens the other's records.
 */
class RecordBaselineAgreementTest {
    private static final List<Long> SEQUENCE_NUMBERS = List.of(0L, 1L, 255L, 256L, (1L << 32) + 7, Long.MAX_VALUE);
    private static final List<Integer> SIZES = List.of(0, 1, 15, 16, 17, 1000, RecordCase.RECORD_SIZE - 1, RecordCase.RECORD_SIZE);

    static List<String> suites() {
        return RecordCase.SUITES.asJava();
    }

    @ParameterizedTest
    @MethodSource("suites")
    void theBenchmarkStateSealsTheSameRecordOnBothSidesAndOpensItToThePlaintext(String suite) throws Exception {
        RecordProtectionBenchmark bench = new RecordProtectionBenchmark();
        bench.suite = suite;
        bench.setUp();

        for (int i = 0; i < 3; i++) {
            Bytes ours = bench.sealRecordProtection().get().bytes();
            byte[] baseline = bench.sealJcaBaseline();
            assertThat(ours.size()).isGreaterThan(RecordCase.RECORD_SIZE + 15);
            assertThat(Bytes.of(baseline)).isEqualTo(ours);
        }
        RecordProtection.Opened opened = bench.openRecordProtection().get();
        JcaRecordBaseline.Opened openedByBaseline = bench.openJcaBaseline();
        assertThat(opened.bytes()).isEqualTo(RecordCase.plaintext(RecordCase.RECORD_SIZE));
        assertThat(openedByBaseline.content()).isEqualTo(opened.bytes());
        assertThat(openedByBaseline.type()).isEqualTo((byte) opened.type().code());
    }

    @ParameterizedTest
    @MethodSource("suites")
    void bothSidesSealEverySizeAndSequenceNumberToTheSameBytesAndOpenEachOthersRecords(String suite) throws Exception {
        RecordCase c = RecordCase.named(suite);
        for (long seq : SEQUENCE_NUMBERS) {
            for (int size : SIZES) {
                // Fresh protections each time: the JCA refuses a second encryption under one nonce,
                // and its ChaCha20-Poly1305 any second use of one nonce in a row.
                RecordProtection protection = c.protection();
                Bytes plaintext = RecordCase.plaintext(size);
                RecordProtection.Sealed sealed = protection.seal(seq, ContentType.APPLICATION_DATA, RecordCase.RECORD_VERSION, plaintext).get();
                byte[] sealedByBaseline = c.baseline().seal(seq, plaintext.toArray());

                assertThat(Bytes.of(sealedByBaseline)).as(suite + " seq " + seq + " size " + size).isEqualTo(sealed.bytes());
                assertThat(sealed.type()).isEqualTo(c.outerType());
                assertThat(c.baseline().open(seq, sealed.bytes().toArray()).content()).isEqualTo(plaintext);
                assertThat(c.protection().open(seq, c.outerType(), RecordCase.RECORD_VERSION, Bytes.of(sealedByBaseline)).get().bytes())
                        .isEqualTo(plaintext);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void bothSidesRejectARecordWithOneBitFlippedOrUnderAnotherSequenceNumber(String suite) throws Exception {
        RecordCase c = RecordCase.named(suite);
        Bytes plaintext = RecordCase.plaintext(100);
        byte[] record = c.baseline().seal(5, plaintext.toArray());
        byte[] flipped = record.clone();
        flipped[record.length - 20] ^= 1;

        assertThat(c.protection().open(5, c.outerType(), RecordCase.RECORD_VERSION, Bytes.of(flipped)).getLeft())
                .isInstanceOf(CipherError.BadRecordMac.class);
        assertThatThrownBy(() -> c.baseline().open(5, flipped)).isInstanceOf(AEADBadTagException.class);
        assertThat(c.protection().open(6, c.outerType(), RecordCase.RECORD_VERSION, Bytes.of(record)).getLeft())
                .isInstanceOf(CipherError.BadRecordMac.class);
        assertThatThrownBy(() -> c.baseline().open(6, record)).isInstanceOf(AEADBadTagException.class);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void oneProtectionOpensTheRecordItJustSealedAndTheSameRecordTwiceButRefusesToSealTwiceUnderOneSequenceNumber(String suite) {
        // The JDK's ChaCha20-Poly1305 refuses any initialisation with the previous nonce; RecordProtection
        // must only refuse what is nonce reuse, a second encryption.
        RecordCase c = RecordCase.named(suite);
        RecordProtection p = c.protection();
        Bytes plaintext = RecordCase.plaintext(300);
        Bytes record = p.seal(9, ContentType.APPLICATION_DATA, RecordCase.RECORD_VERSION, plaintext).get().bytes();

        assertThat(p.open(9, c.outerType(), RecordCase.RECORD_VERSION, record).get().bytes()).isEqualTo(plaintext);
        assertThat(p.open(9, c.outerType(), RecordCase.RECORD_VERSION, record).get().bytes()).isEqualTo(plaintext);
        assertThat(p.seal(10, ContentType.APPLICATION_DATA, RecordCase.RECORD_VERSION, plaintext).isRight()).isTrue();
        assertThat(p.seal(10, ContentType.APPLICATION_DATA, RecordCase.RECORD_VERSION, plaintext).getLeft())
                .isInstanceOf(CipherError.Primitive.class)
                .satisfies(e -> assertThat(e.message()).contains("nonce reuse refused"));
    }
}
