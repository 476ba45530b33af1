package org.tlscodec.vectors.session.dissect;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.capture.CaptureError;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.dissect.CaptureDissection;
import org.tlscodec.session.dissect.ConnectionDissection;
import org.tlscodec.session.dissect.Dissect;
import org.tlscodec.session.dissect.DissectError;
import org.tlscodec.session.dissect.DissectSecrets;
import org.tlscodec.vectors.data.Captures;

/**
 * Issue 5's bad-input acceptance at the capture level: a truncated pcap, a corrupt record and a
 * wrong key log each give a clear error (per file or per record) and the rest of the dissection
 * still comes; a file that is no capture is one error and nothing else.
 */
class DissectBadInputTest {
    private static final String CASE = "tls12_ecdhe_rsa_aes128gcm";

    private static CaptureDissection dissect(Bytes file) {
        return Dissect.capture(file, DissectSecrets.keyLog(ExpectedCaptures.keyLog(CASE)));
    }

    @Test
    void aTruncatedPcapGivesTheRecordsBeforeTheCutThenATruncatedFileError() {
        Bytes pcap = ExpectedCaptures.pcap(CASE);
        ConnectionDissection full = dissect(pcap).connections().get(0);
        for (int cut : new int[] {pcap.size() / 3, pcap.size() / 2, pcap.size() - 7}) {
            CaptureDissection d = dissect(pcap.take(cut));

            assertThat(d.errors()).as("cut at " + cut).hasSize(1);
            assertThat(d.errors().head()).isInstanceOfSatisfying(DissectError.CaptureFile.class,
                    e -> assertThat(e.error()).isInstanceOf(CaptureError.Truncated.class));
            assertThat(d.errors().head().message()).startsWith("file cut at offset ");
            Vector<DissectedRecord> records = d.connections().get(0).records();
            assertThat(records.size()).as("cut at " + cut).isPositive().isLessThanOrEqualTo(full.records().size());
            assertThat(records).as("the records before the cut, as in the whole file").isEqualTo(full.records().take(records.size()));
            assertThat(d.clean()).isFalse();
        }
        assertThat(dissect(pcap.take(pcap.size() / 3)).connections().get(0).records().size()).isLessThan(full.records().size());
    }

    @Test
    void aCorruptRecordInThePcapIsABadRecordMacOnThatRecordAndEveryOtherRecordStillDecrypts() {
        Bytes pcap = ExpectedCaptures.pcap(CASE);
        ConnectionDissection full = dissect(pcap).connections().get(0);
        DissectedRecord victim = full.records().find(r -> r.decrypted() && ExpectedCaptures.appData(r).size() > 0).get();
        Bytes stream = Captures.stream(CASE, 0, victim.sender().name().equals("CLIENT") ? Captures.Side.CLIENT : Captures.Side.SERVER).get();
        Bytes record = stream.slice((int) victim.offset(), (int) victim.offset() + 5 + victim.length());
        int at = indexOf(pcap, record);
        assertThat(at).as("the record lies whole in one frame of the file").isNotNegative();
        byte[] corrupt = pcap.toArray();
        corrupt[at + record.size() - 3] ^= 0x40;

        CaptureDissection d = dissect(Bytes.of(corrupt));
        ConnectionDissection c = d.connections().get(0);

        assertThat(d.errors()).isEmpty();
        assertThat(c.records().size()).isEqualTo(full.records().size());
        DissectedRecord failed = c.records().get(victim.index());
        assertThat(failed.error().get()).startsWith("bad_record_mac");
        assertThat(failed.length()).isEqualTo(victim.length());
        assertThat(c.errors()).hasSize(1);
        assertThat(c.errors().head().message()).contains("record " + victim.index(), "offset " + victim.offset(), "bad_record_mac");
        assertThat(c.records().removeAt(victim.index())).isEqualTo(full.records().removeAt(victim.index()));
    }

    @Test
    void aWrongKeyLogGivesPerRecordErrorsAndEveryRecordIsStillThere() {
        for (String c : Vector.of("tls13_aes128gcm", CASE, "tls10_ecdhe_rsa_aes256_sha")) {
            String wrong = ExpectedCaptures.keyLog(c).lines().map(DissectBadInputTest::flipSecret).reduce("", (a, b) -> a + b + "\n");
            CaptureDissection d = Dissect.capture(ExpectedCaptures.pcap(c), DissectSecrets.keyLog(wrong));
            ConnectionDissection conn = d.connections().get(0);

            assertThat(d.errors()).as(c).isEmpty();
            assertThat(conn.records().size()).as(c).isEqualTo(ExpectedCaptures.expected(c).get("connections").get(0).get("records").size());
            Vector<DissectedRecord> prot = conn.records().filter(DissectedRecord::protectedRecord);
            assertThat(prot).as(c).isNotEmpty().noneMatch(DissectedRecord::decrypted);
            assertThat(prot.flatMap(DissectedRecord::error)).as(c).anyMatch(e -> e.startsWith("bad_record_mac"));
            assertThat(conn.records().filter(r -> !r.protectedRecord())).as(c).isNotEmpty().allMatch(r -> r.error().isEmpty());
            assertThat(conn.errors()).as(c).isNotEmpty().allMatch(e -> e instanceof DissectError.Record);
            assertThat(conn.summary().decrypted()).as(c).isFalse();
        }
    }

    @Test
    void bytesThatAreNoCaptureGiveOneNotACaptureErrorAndNoConnection() {
        CaptureDissection d = Dissect.capture(Bytes.utf8("GET / HTTP/1.1\r\n"), DissectSecrets.none());

        assertThat(d.format()).isEmpty();
        assertThat(d.connections()).isEmpty();
        assertThat(d.errors()).hasSize(1);
        assertThat(d.errors().head().message()).startsWith("not a capture file: found magic 47455420 at offset 0");
    }

    /** A key log line with the first hex digit of its secret (the last field) changed. */
    private static String flipSecret(String line) {
        if (line.isBlank() || line.startsWith("#")) {
            return line;
        }
        int i = line.lastIndexOf(' ') + 1;
        char c = line.charAt(i);
        return line.substring(0, i) + (c == '0' ? '1' : '0') + line.substring(i + 1);
    }

    private static int indexOf(Bytes haystack, Bytes needle) {
        byte[] h = haystack.toArray();
        byte[] n = needle.toArray();
        outer:
        for (int i = 0; i + n.length <= h.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (h[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
