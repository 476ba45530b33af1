package org.tlscodec.examples;

import java.io.PrintStream;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.dissect.CaptureDissection;
import org.tlscodec.session.dissect.ConnectionDissection;
import org.tlscodec.session.dissect.Dissect;
import org.tlscodec.session.dissect.DissectError;
import org.tlscodec.session.dissect.DissectSecrets;
import org.tlscodec.session.record.RecordContent;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.vectors.data.Captures;

/**
 * Library use of the capture dissector (issue 5, "Library API"): a pcap's bytes and its NSS key
 * log in, each TLS connection's endpoints, negotiated suite and decrypted application data out, in
 * a few lines; and a cut file, whose error comes as a value beside what was read. Run by
 * {@code DissectExampleTest}; the Kotlin version is {@code DissectKotlinExampleTest}.
 */
public final class DissectExample {
    /** The bundled capture: a TLS 1.3 handshake, then a PSK resumption on a second connection. */
    static final String CASE = "tls13_psk_resumption";

    private DissectExample() {
    }

    public static void main(String[] args) {
        run(System.out, Captures.pcap(CASE).get(), Captures.keyLog(CASE).get());
    }

    /** Prints, per TLS connection of {@code pcap}, what it negotiated and what the client asked for. */
    public static void run(PrintStream out, Bytes pcap, String keyLog) {
        // 1. Bytes and secrets in, every connection decoded and decrypted out.
        CaptureDissection capture = Dissect.capture(pcap, DissectSecrets.keyLog(keyLog));
        for (ConnectionDissection c : capture.connections()) {
            out.println("connection " + c.number() + ": " + c.client().get() + " -> " + c.server().get()
                    + ", " + c.summary().cipherSuite().map(s -> s.display()).getOrElse("no suite")
                    + (c.summary().resumed() ? ", resumed" : "") + ", " + c.records().size() + " records"
                    + (c.summary().decrypted() ? ", all decrypted" : ""));
            // 2. The decrypted application data are values in the records.
            c.records().filter(r -> r.sender() == ConnectionEnd.CLIENT).flatMap(DissectedRecord::contents)
                    .filter(RecordContent.ApplicationData.class::isInstance)
                    .map(d -> ((RecordContent.ApplicationData) d).data())
                    .headOption()
                    .forEach(data -> out.println("  client: " + firstLine(data)));
        }

        // 3. Bad input: the file cut in half. The error is a value; the records before the cut are still there.
        CaptureDissection cut = Dissect.capture(pcap.take(pcap.size() / 2), DissectSecrets.keyLog(keyLog));
        out.println("cut in half: " + cut.connections().map(c -> c.records().size()).sum() + " records, then "
                + cut.errors().map(DissectError::message).mkString("; "));
    }

    private static String firstLine(Bytes data) {
        String text = new String(data.toArray(), java.nio.charset.StandardCharsets.US_ASCII);
        int end = text.indexOf('\r');
        return end < 0 ? text : text.substring(0, end);
    }
}
