package org.tlscodec.vectors.tls.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.record.Alert;
import org.tlscodec.tls.record.ChangeCipherSpec;
import org.tlscodec.tls.record.HandshakeReassembly;
import org.tlscodec.tls.record.RawHandshake;
import org.tlscodec.tls.record.ReassembledHandshake;
import org.tlscodec.tls.record.RecordLimits;
import org.tlscodec.tls.record.RecordStream;
import org.tlscodec.tls.record.StreamRecord;
import org.tlscodec.tls.record.TLSCiphertext;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.vectors.data.Captures;

/**
 * The record layer against 13 real OpenSSL captures: every stream of every connection splits into
 * records and joins back byte for byte; the records match tshark's (expected.json) in number,
 * content type, version and length; the handshake messages sent in the clear reassemble to the
 * types tshark saw, in order; every cleartext ChangeCipherSpec and alert decodes; every record
 * keeps the RFC bound of its kind (plaintext 2^14, TLS 1.3 ciphertext 2^14+256, TLS 1.2 2^14+2048).
 */
class CaptureRecordsTest {
    private static final JsonNode EXPECTED = read();
    private static final int[] COUNTS = new int[8];
    private static final int STREAMS = 0;
    private static final int RECORDS = 1;
    private static final int BYTES = 2;
    private static final int MESSAGES = 3;
    private static final int BEFORE_CCS = 4;
    private static final int CCS = 5;
    private static final int ALERTS = 6;
    private static final int PROTECTED = 7;

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Captures.expectedJson().get());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyStreamOfEveryCapture() {
        return Captures.CASES.toJavaStream().flatMap(c -> {
            JsonNode connections = EXPECTED.get("cases").get(c).get("connections");
            assertThat(Captures.connections(c)).isEqualTo(connections.size());
            return Stream.iterate(0, i -> i + 1).limit(connections.size()).flatMap(conn -> Stream.of(Captures.Side.values())
                    .map(side -> DynamicTest.dynamicTest(c + " conn" + conn + " " + side,
                            () -> check(c, connections.get(conn), Captures.stream(c, conn, side).get(), side))));
        });
    }

    @AfterAll
    static void summary() {
        System.out.printf("captures: %d streams, %d records (%d bytes) matched expected.json; %d cleartext handshake messages"
                        + " reassembled (%d before the first ChangeCipherSpec); %d ChangeCipherSpec and %d cleartext alerts decoded;"
                        + " %d protected records within their version's bound%n",
                COUNTS[STREAMS], COUNTS[RECORDS], COUNTS[BYTES], COUNTS[MESSAGES], COUNTS[BEFORE_CCS], COUNTS[CCS], COUNTS[ALERTS],
                COUNTS[PROTECTED]);
    }

    private static void check(String captureCase, JsonNode connection, Bytes stream, Captures.Side side) {
        String dir = side == Captures.Side.CLIENT ? "c2s" : "s2c";
        Vector<JsonNode> expected = Vector.ofAll(connection.get("records")).filter(r -> r.get("dir").asText().equals(dir));

        // Split and join back.
        RecordStream split = RecordStream.split(stream);
        assertThat(split.isComplete()).as("the stream ends on a record boundary").isTrue();
        assertThat(split.join().get()).isEqualTo(stream);
        assertThat(RecordStream.startsWithSSLv2ClientHello(stream)).isFalse();
        Vector<StreamRecord> records = split.records();
        assertThat(records.size()).isEqualTo(expected.size());
        for (int i = 0; i < records.size(); i++) {
            StreamRecord.Tls r = (StreamRecord.Tls) records.get(i);
            JsonNode e = expected.get(i);
            assertThat(r.record().type().code()).as("record %d type", i).isEqualTo(e.get("type").asInt());
            assertThat(r.record().legacyRecordVersion().code()).as("record %d version", i).isEqualTo(e.get("version").asInt());
            assertThat(r.record().length()).as("record %d length", i).isEqualTo(e.get("length").asInt());
            if (i > 0) {
                assertThat(r.offset()).isEqualTo(records.get(i - 1).end());
            }
        }
        COUNTS[STREAMS]++;
        COUNTS[RECORDS] += records.size();
        COUNTS[BYTES] += stream.size();

        // Every record within the bound of its kind, with the strict codecs.
        boolean tls13 = connection.get("version").asInt() == 0x0304;
        Codec<TLSCiphertext> protectedCodec = tls13 ? TLSCiphertext.CODEC : TLSCiphertext.CODEC_TLS12;
        for (int i = 0; i < records.size(); i++) {
            TLSPlaintext r = split.tlsRecords().get(i);
            Bytes wire = stream.slice(records.get(i).offset(), records.get(i).end());
            if (expected.get(i).get("encrypted").asBoolean()) {
                TLSCiphertext c = protectedCodec.decode(wire).get();
                assertThat(c).isEqualTo(TLSCiphertext.of(r));
                assertThat(protectedCodec.encode(c).get()).isEqualTo(wire);
                COUNTS[PROTECTED]++;
            } else {
                assertThat(TLSPlaintext.CODEC.decode(wire).get()).isEqualTo(r);
            }
        }

        // The cleartext handshake messages of this direction reassemble to tshark's types.
        Vector<Integer> cleartextHandshake = Vector.range(0, records.size()).filter(i ->
                expected.get(i).get("type").asInt() == 22 && !expected.get(i).get("encrypted").asBoolean());
        HandshakeReassembly all = HandshakeReassembly.reassemble(cleartextHandshake.map(i -> split.tlsRecords().get(i).fragment()));
        assertThat(all.isComplete()).isTrue();
        Vector<String> tsharkTypes = cleartextHandshake.flatMap(i -> Vector.ofAll(expected.get(i).get("handshake"))
                .map(t -> HandshakeType.of(t.asInt()).display()));
        assertThat(all.rawMessages().map(m -> m.msgType().display())).isEqualTo(tsharkTypes);
        for (ReassembledHandshake m : all.messages()) {
            int record = cleartextHandshake.get(m.lastRecord());
            assertThat(Vector.ofAll(expected.get(record).get("handshake")).map(JsonNode::asInt)).contains(m.message().msgType().code());
            assertThat(RawHandshake.CODEC.encode(m.message()).get()).isEqualTo(m.bytes());
        }
        COUNTS[MESSAGES] += all.messages().size();

        // Before this direction's first ChangeCipherSpec: the start of handshake_sequence for this direction.
        int firstCcs = records.indexWhere(r -> ((StreamRecord.Tls) r).record().type().equals(ContentType.CHANGE_CIPHER_SPEC));
        Vector<Integer> leading = Vector.range(0, firstCcs < 0 ? records.size() : firstCcs)
                .takeWhile(i -> split.tlsRecords().get(i).type().equals(ContentType.HANDSHAKE)
                        && !expected.get(i).get("encrypted").asBoolean());
        HandshakeReassembly beforeCcs = HandshakeReassembly.reassemble(leading.map(i -> split.tlsRecords().get(i).fragment()));
        Vector<String> sequence = Vector.ofAll(connection.get("handshake_sequence")).map(JsonNode::asText)
                .filter(s -> s.startsWith(dir + ":")).map(s -> s.substring(4));
        assertThat(beforeCcs.isComplete()).isTrue();
        assertThat(beforeCcs.messages()).isNotEmpty();
        assertThat(beforeCcs.rawMessages().map(m -> m.msgType().display()))
                .isEqualTo(sequence.take(beforeCcs.messages().size()));
        COUNTS[BEFORE_CCS] += beforeCcs.messages().size();

        // Cleartext ChangeCipherSpec and alerts decode from their fragments.
        for (int i = 0; i < records.size(); i++) {
            TLSPlaintext r = split.tlsRecords().get(i);
            if (expected.get(i).get("encrypted").asBoolean()) {
                continue;
            }
            if (r.type().equals(ContentType.CHANGE_CIPHER_SPEC)) {
                assertThat(ChangeCipherSpec.CODEC.decode(r.fragment()).get()).isEqualTo(ChangeCipherSpec.STANDARD);
                COUNTS[CCS]++;
            } else if (r.type().equals(ContentType.ALERT)) {
                Alert a = Alert.CODEC.decode(r.fragment()).get();
                JsonNode e = expected.get(i).get("alert");
                assertThat(a.level().code()).isEqualTo(e.get(0).asInt());
                assertThat(a.description().code()).isEqualTo(e.get(1).asInt());
                COUNTS[ALERTS]++;
            }
        }

        // The strict split (records within 2^14+2048 as TLS 1.2 allows) agrees on these well-behaved peers.
        assertThat(RecordStream.split(stream, RecordLimits.TLS12_CIPHERTEXT)).isEqualTo(split);
    }
}
