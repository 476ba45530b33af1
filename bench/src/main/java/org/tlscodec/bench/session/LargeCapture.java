package org.tlscodec.bench.session;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.suite.CipherSuiteInfo;

/**
 * A generated capture and what is known about it: the pcap file's bytes, the NSS key log that
 * opens it, its suite, every application_data record written after the handshake (in the order
 * they were sent, both directions interleaved), and how many frames the file holds. Secret: the
 * key log is never printed.
 */
public record LargeCapture(Bytes pcap, String keyLog, CipherSuiteInfo suite, Vector<ProtectedRecord> applicationRecords, int frames) {

    /** The application data bytes over all generated records. */
    public long plaintextBytes() {
        return applicationRecords.foldLeft(0L, (n, r) -> n + r.plaintext().size());
    }

    /** The plaintexts of the generated records, in order. */
    public Vector<Bytes> plaintexts() {
        return applicationRecords.map(ProtectedRecord::plaintext);
    }

    @Override
    public String toString() {
        return "LargeCapture[" + suite.name() + ", pcap of " + pcap.size() + " bytes, " + frames + " frames, "
                + applicationRecords.size() + " application_data records of " + plaintextBytes() + " bytes, <key log>]";
    }
}
