package org.tlscodec.bench.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.bench.crypto.JcaRecordBaseline;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.keylog.KeyLogFormat;
import org.tlscodec.session.capture.Capture;
import org.tlscodec.session.capture.CaptureReading;
import org.tlscodec.session.capture.TcpConnection;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * The benchmark compares {@link CaptureDecryption} with {@link JcaCaptureBaseline}; the comparison
 * is fair only if both open the same records to the same plaintexts. These hold them to it on a
 * small (1 MB) instance of the generated capture, and pin what the generator writes.
 */
class CaptureDecryptionAgreementTest {
    private static final long ONE_MB = 1_000_000L;
    private static final LargeCapture capture = LargeCaptureGenerator.generate(LargeCaptureGenerator.SEED, ONE_MB, LargeCaptureGenerator.ETHERNET_MSS);

    @Test
    void theLibraryAndTheJcaBaselineOpenEveryApplicationDataRecordToTheGeneratedPlaintext() throws Exception {
        CaptureDecryption.Decrypted ours = CaptureDecryption.applicationData(capture.pcap(), capture.keyLog());
        JcaRecordBaseline.Opened[] theirs = JcaCaptureBaseline.of(capture).openAll();

        Vector<Bytes> generated = capture.plaintexts();
        assertThat(generated).hasSize(62); // ceil(10^6 / 2^14)
        assertThat(ours.errors()).isZero();
        assertThat(ours.connections()).isEqualTo(1);
        assertThat(ours.applicationData()).containsExactlyElementsOf(generated);
        assertThat(Vector.of(theirs).map(JcaRecordBaseline.Opened::content)).containsExactlyElementsOf(generated);
        assertThat(Vector.of(theirs).map(JcaRecordBaseline.Opened::type)).containsOnly((byte) 23);
        assertThat(ours.plaintextBytes()).isEqualTo(62L * LargeCaptureGenerator.RECORD_SIZE);
    }

    @Test
    void theBenchmarkSetUpFindsNoDisagreementOnOneMegabyte() throws Exception {
        CaptureDecryptionBenchmark bench = new CaptureDecryptionBenchmark();
        bench.megabytes = 1;
        bench.setUp();

        assertThat(bench.disagreement()).isEmpty();
        assertThat(bench.library().applicationData()).containsExactlyElementsOf(bench.capture().plaintexts());
        assertThat(bench.jcaBaseline()).hasSize(62);
    }

    @Test
    void theGeneratedCaptureIsOneTls13AesGcmConnectionWhoseHandshakeAndCloseNotifyDecryptWithTheKeyLog() {
        CaptureReading reading = Capture.read(capture.pcap());
        assertThat(reading.clean()).isTrue();
        assertThat(reading.frameCount()).isEqualTo(capture.frames());
        assertThat(reading.tlsConnections()).hasSize(1);
        TcpConnection c = reading.tlsConnections().head();
        assertThat(c.clientStream().finished()).isTrue();
        assertThat(c.serverStream().finished()).isTrue();

        Dissection d = CaptureDecryption.dissect(c, KnownSecrets.of(KeyLogFormat.read(capture.keyLog()).log()));
        assertThat(d.summary().decrypted()).isTrue();
        assertThat(d.summary().errors()).isZero();
        assertThat(d.streamErrors()).isEmpty();
        assertThat(d.session().negotiated().version()).contains(ProtocolVersion.TLS_1_3);
        assertThat(d.session().negotiated().cipherSuite()).contains(CipherSuite.TLS_AES_128_GCM_SHA256);
        // The seed capture's 11 handshake-phase records, 62 application_data records, one close_notify each way.
        assertThat(d.records()).hasSize(11 + 62 + 2);
        assertThat(d.records().takeRight(2).map(r -> r.sender())).containsExactly(ConnectionEnd.CLIENT, ConnectionEnd.SERVER);
    }

    @Test
    void theGeneratedSegmentsAreAtMostOneEthernetMssAndBothDirectionsCarryApplicationData() {
        Vector<TcpConnection> connections = Capture.read(capture.pcap()).tlsConnections();
        assertThat(connections.head().chunks().map(ch -> ch.bytes().size()).max().get()).isEqualTo(LargeCaptureGenerator.ETHERNET_MSS);
        assertThat(capture.applicationRecords().map(ProtectedRecord::sender).distinct())
                .containsExactlyInAnyOrder(ConnectionEnd.CLIENT, ConnectionEnd.SERVER);
        assertThat(capture.applicationRecords().map(r -> r.record().size()))
                .containsOnly(5 + LargeCaptureGenerator.RECORD_SIZE + 1 + 16);
    }

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnother() {
        LargeCapture again = LargeCaptureGenerator.generate(LargeCaptureGenerator.SEED, ONE_MB, LargeCaptureGenerator.ETHERNET_MSS);
        LargeCapture other = LargeCaptureGenerator.generate(LargeCaptureGenerator.SEED + 1, ONE_MB, LargeCaptureGenerator.ETHERNET_MSS);

        assertThat(again.pcap()).isEqualTo(capture.pcap());
        assertThat(other.pcap()).isNotEqualTo(capture.pcap());
    }

    @Test
    void theKeyLogIsNeverPrinted() {
        assertThat(capture.toString()).doesNotContain(capture.keyLog().lines().skip(1).findFirst().orElseThrow().split(" ")[2]);
        assertThat(capture.toString()).contains("<key log>");
    }
}
