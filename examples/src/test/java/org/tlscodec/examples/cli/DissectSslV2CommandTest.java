package org.tlscodec.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.capture.CaptureWriter;
import org.tlscodec.session.capture.Endpoint;
import org.tlscodec.session.capture.Frame;
import org.tlscodec.session.capture.LinkType;
import org.tlscodec.session.capture.SegmentFrames;
import org.tlscodec.session.capture.TcpSegment;
import org.tlscodec.session.capture.TimestampPrecision;
import org.tlscodec.vectors.data.Resources;

/**
 * {@code tlscodec dissect} on an SSL 2.0 conversation: Scapy's EXP-RC4-MD5 session with client
 * authentication (sslv2.uts), its records put in TCP segments of a pcap in the order Scapy lists
 * them, decrypted with the server's RSA key alone: every message and both data records come out.
 */
class DissectSslV2CommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void scapysSslV2SessionDecryptsThroughTheCommandWithTheServerKeyAlone() throws IOException {
        JsonNode session = JSON.readTree(Resources.knownAnswers("scapy_tls_sessions.json").get())
                .get("sessions").get("sslv2_exp_rc4_128_md5_compromised_server_key");
        Path key = Files.writeString(dir.resolve("srv_key.pem"), session.get("secrets").get("server_rsa_private_key").get("pem").asText());
        Path pcap = Files.write(dir.resolve("sslv2.pcap"), pcap(session).toArray());

        CliRun r = CliRun.of("dissect", pcap.toString(), "--rsa-key", key.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        List<JsonNode> records = new ArrayList<>();
        JsonNode summary = null;
        for (String line : r.out().split("\n")) {
            JsonNode n = JSON.readTree(line);
            if (n.has("summary")) {
                summary = n.get("summary");
            } else {
                records.add(n);
            }
        }
        JsonNode expected = session.get("records");
        assertThat(records).hasSize(expected.size());
        List<String> data = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            JsonNode got = records.get(i);
            JsonNode want = expected.get(i);
            assertThat(got.get("dir").asText()).isEqualTo(want.get("from").asText());
            assertThat(got.get("content_type_name").asText()).isEqualTo("sslv2");
            assertThat(got.has("error")).as(got.toString()).isFalse();
            assertThat(got.get("decrypted").asBoolean()).as("record %d", i).isEqualTo(want.has("mac"));
            for (JsonNode m : got.get("messages")) {
                if (m.has("app_data")) {
                    data.add(m.get("app_data").asText());
                }
            }
            assertThat(got.get("messages")).as("record %d has a message", i).isNotEmpty();
        }
        List<String> wantData = new ArrayList<>();
        expected.forEach(w -> {
            if (w.has("application_data")) {
                wantData.add(w.get("application_data").asText());
            }
        });
        assertThat(data).isEqualTo(wantData).hasSize(2);
        assertThat(summary).isNotNull();
        assertThat(summary.get("version").asText()).isEqualTo("0x0002");
        assertThat(summary.get("decrypted").asBoolean()).isTrue();
        assertThat(summary.get("errors").asInt()).isZero();
    }

    /** Each record in a segment of its own, client port 40000 to server port 4433, sequence numbers counting up. */
    private static Bytes pcap(JsonNode session) {
        Endpoint client = new Endpoint(Bytes.fromHex("7f000001"), 40000);
        Endpoint server = new Endpoint(Bytes.fromHex("7f000001"), 4433);
        long clientSeq = 1000;
        long serverSeq = 900000;
        Vector<Frame> frames = Vector.empty();
        int frame = 1;
        for (JsonNode rec : session.get("records")) {
            boolean fromClient = rec.get("from").asText().equals("client");
            Bytes payload = Bytes.fromHex(rec.get("complete_record").asText());
            long time = 1_000_000_000L * frame;
            TcpSegment s = new TcpSegment(frame, time, fromClient ? client : server, fromClient ? server : client,
                    fromClient ? clientSeq : serverSeq, fromClient ? serverSeq : clientSeq, 0x18, payload, false);
            if (fromClient) {
                clientSeq += payload.size();
            } else {
                serverSeq += payload.size();
            }
            frames = frames.append(Frame.of(time, LinkType.ETHERNET, SegmentFrames.frame(s, LinkType.ETHERNET).get()));
            frame++;
        }
        return CaptureWriter.pcap(LinkType.ETHERNET, ByteOrder.LITTLE_ENDIAN, TimestampPrecision.MICROSECONDS, frames).get();
    }
}
