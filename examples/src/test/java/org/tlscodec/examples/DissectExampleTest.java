package org.tlscodec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tlscodec.vectors.data.Captures;

class DissectExampleTest {

    @Test
    void mainPrintsBothConnectionsOfTheResumptionCaptureDecryptedAndTheCutFilesErrorAsAValue() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            DissectExample.main(new String[0]);
        } finally {
            System.setOut(saved);
        }

        // Ports, suite and requests as tshark read the capture (expected.json: client_port, server_port, cipher_suite, app_data).
        assertThat(buffer.toString(StandardCharsets.UTF_8).split("\n")).satisfiesExactly(
                line -> assertThat(line).isEqualTo("connection 0: 127.0.0.1:38354 -> 127.0.0.1:24105, TLS_AES_256_GCM_SHA384, 17 records, all decrypted"),
                line -> assertThat(line).isEqualTo("  client: GET /tls13_psk_resumption/0 HTTP/1.1"),
                line -> assertThat(line).isEqualTo("connection 1: 127.0.0.1:56598 -> 127.0.0.1:24105, TLS_AES_256_GCM_SHA384, resumed, 14 records, all decrypted"),
                line -> assertThat(line).isEqualTo("  client: GET /tls13_psk_resumption/1 HTTP/1.1"),
                line -> assertThat(line).matches("cut in half: \\d+ records, then file cut at offset \\d+: .*"));
    }

    @Test
    void withoutTheKeyLogTheConnectionsAreStillListedButNotDecrypted() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        DissectExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8), Captures.pcap(DissectExample.CASE).get(), "");

        assertThat(buffer.toString(StandardCharsets.UTF_8))
                .startsWith("connection 0: 127.0.0.1:38354 -> 127.0.0.1:24105, TLS_AES_256_GCM_SHA384, 17 records\n")
                .doesNotContain("client: GET", "all decrypted");
    }
}
