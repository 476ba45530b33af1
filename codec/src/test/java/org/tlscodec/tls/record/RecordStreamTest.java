package org.tlscodec.tls.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.Path;
import org.tlscodec.codec.RenderedText;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

class RecordStreamTest {

    private static final Bytes HELLO = Bytes.fromHex("16030100050100000100");
    private static final Bytes CCS = Bytes.fromHex("140303000101");
    private static final Bytes APP = Bytes.fromHex("1703030003aabbcc");

    @Test
    void aStreamSplitsIntoRecordsWithOffsetsAndJoinsBack() {
        Bytes stream = HELLO.concat(CCS).concat(APP);
        RecordStream s = RecordStream.split(stream);
        assertThat(s.isComplete()).isTrue();
        assertThat(s.records().map(StreamRecord::offset)).containsExactly(0, 10, 16);
        assertThat(s.tlsRecords().map(TLSPlaintext::type))
                .containsExactly(ContentType.HANDSHAKE, ContentType.CHANGE_CIPHER_SPEC, ContentType.APPLICATION_DATA);
        assertThat(s.tlsRecords().get(2).fragment()).isEqualTo(Bytes.fromHex("aabbcc"));
        assertThat(s.join().get()).isEqualTo(stream);
        assertThat(RecordStream.join(s.tlsRecords(), RecordLimits.TLS_PLAINTEXT).get()).isEqualTo(stream);
    }

    @Test
    void aStreamCutMidRecordKeepsTheCompleteRecordsAndTheTail() {
        Bytes stream = HELLO.concat(CCS).concat(APP);
        for (int cut = 0; cut <= stream.size(); cut++) {
            RecordStream s = RecordStream.split(stream.take(cut));
            assertThat(s.join().get()).isEqualTo(stream.take(cut));
            int complete = cut >= 24 ? 3 : cut >= 16 ? 2 : cut >= 10 ? 1 : 0;
            int boundary = complete == 3 ? 24 : complete == 2 ? 16 : complete == 1 ? 10 : 0;
            assertThat(s.records().size()).isEqualTo(complete);
            assertThat(s.leftover()).isEqualTo(stream.slice(boundary, cut));
            assertThat(s.endsMidRecord()).isEqualTo(cut != boundary);
            assertThat(s.error().isDefined()).isEqualTo(cut != boundary);
        }
        RecordStream cut = RecordStream.split(stream.take(22));
        assertThat(cut.error().get()).isEqualTo(new CodecError.Truncated(Path.of("records", "[2]", "fragment"), 21, 3, 1));
        assertThat(cut.leftover()).isEqualTo(Bytes.fromHex("1703030003aa"));
        RecordStream midHeader = RecordStream.split(stream.take(18));
        assertThat(midHeader.error().get()).isInstanceOf(CodecError.Truncated.class);
        assertThat(midHeader.error().get().path()).isEqualTo(Path.of("records", "[2]", "legacy_record_version"));
    }

    @Test
    void anOversizeRecordIsKeptByDefaultAndStopsAStrictSplit() {
        Bytes big = Bytes.fromHex("1703034001").concat(Bytes.zeros(0x4001));
        Bytes stream = CCS.concat(big).concat(CCS);
        RecordStream lenient = RecordStream.split(stream);
        assertThat(lenient.isComplete()).isTrue();
        assertThat(lenient.records().size()).isEqualTo(3);
        RecordStream strict = RecordStream.split(stream, RecordLimits.TLS_PLAINTEXT);
        assertThat(strict.records().size()).isEqualTo(1);
        assertThat(strict.error().get()).isEqualTo(new CodecError.LengthOutOfRange(
                Path.of("records", "[1]", "fragment"), 9, 0, 1 << 14, 0x4001));
        assertThat(strict.endsMidRecord()).isFalse();
        assertThat(strict.leftover()).isEqualTo(big.concat(CCS));
        assertThat(strict.join().get()).isEqualTo(stream);
    }

    @Test
    void anEmptyStreamHasNoRecords() {
        RecordStream s = RecordStream.split(Bytes.empty());
        assertThat(s).isEqualTo(new RecordStream(Vector.empty(), Bytes.empty(), Option.none()));
        assertThat(s.join().get()).isEqualTo(Bytes.empty());
    }

    @Test
    void anSSLv2ClientHelloOpensAnSSLv2StreamThatMayMoveOnToTls() {
        Bytes stream = SSLv2RecordTest.CLIENT_HELLO.concat(Bytes.fromHex("8003aabbcc")).concat(HELLO).concat(APP);
        assertThat(RecordStream.startsWithSSLv2ClientHello(stream)).isTrue();
        assertThat(RecordStream.startsWithSSLv2ClientHello(HELLO)).isFalse();
        RecordStream s = RecordStream.split(stream);
        assertThat(s.isComplete()).isTrue();
        assertThat(s.records().map(r -> r.getClass().getSimpleName())).containsExactly("SSLv2", "SSLv2", "Tls", "Tls");
        assertThat(s.records().map(StreamRecord::offset)).containsExactly(0, 48, 53, 63);
        assertThat(s.sslv2Records().get(0).messageType().get()).isEqualTo(1);
        assertThat(s.join().get()).isEqualTo(stream);
    }

    @Test
    void afterSSLv2AHighBitClearRecordWithoutATlsVersionIsAThreeByteHeader() {
        Bytes threeByte = Bytes.fromHex("400802" + "0011223344556677");
        Bytes stream = SSLv2RecordTest.CLIENT_HELLO.concat(threeByte);
        RecordStream s = RecordStream.split(stream);
        assertThat(s.isComplete()).isTrue();
        assertThat(s.sslv2Records().get(1)).isEqualTo(SSLv2Record.threeByte(true, 2, Bytes.fromHex("0011223344556677")));
        assertThat(s.join().get()).isEqualTo(stream);
    }

    @Test
    void aTlsStreamNeverTurnsIntoSSLv2() {
        Bytes stream = HELLO.concat(Bytes.fromHex("8003000001ff"));
        RecordStream s = RecordStream.split(stream);
        assertThat(s.records().size()).isEqualTo(2);
        assertThat(s.tlsRecords().get(1).type().code()).isEqualTo(0x80);
    }

    @Test
    void itRendersEachRecordWithItsOffset() {
        String tree = RenderedText.tree("stream", RecordStream.CODEC.render(RecordStream.split(CCS.concat(Bytes.fromHex("17")))));
        assertThat(tree).contains("records (1)\n    [0]\n      offset = 0\n      type = change_cipher_spec (0x14)\n",
                "leftover = 17 (1 bytes)", "error = Truncated: records[1].legacy_record_version @7");
    }

    @Test
    void joiningChecksTheLimits() {
        TLSPlaintext big = new TLSPlaintext(ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_2, Bytes.zeros(0x4001));
        assertThat(RecordStream.join(Vector.of(big), RecordLimits.TLS_PLAINTEXT).getLeft().path())
                .isEqualTo(Path.of("records", "[0]", "fragment"));
        assertThat(RecordStream.join(Vector.of(big), RecordLimits.OVERSIZE_ALLOWED).isRight()).isTrue();
    }
}
