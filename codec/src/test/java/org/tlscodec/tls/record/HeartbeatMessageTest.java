package org.tlscodec.tls.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.Path;
import org.tlscodec.codec.RenderedText;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.HeartbeatMessageType;

class HeartbeatMessageTest {

    /** The Heartbleed request: a heartbeat record of 4 bytes whose payload_length claims 16 KiB. */
    private static final Bytes HEARTBLEED_RECORD = Bytes.fromHex("1803020004" + "01" + "4000" + "41");

    private static long allocatedBy(Supplier<Object> work) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        for (int i = 0; i < 1000; i++) {
            work.get();
        }
        long before = mx.getThreadAllocatedBytes(tid);
        work.get();
        return mx.getThreadAllocatedBytes(tid) - before;
    }

    @Test
    void anHonestMessageKeepsPayloadAndPadding() {
        Bytes wire = Bytes.fromHex("01" + "0003" + "abcdef").concat(Bytes.fromHex("00112233445566778899aabbccddeeff"));
        HeartbeatMessage m = HeartbeatMessage.CODEC.decode(wire).get();
        assertThat(m).isEqualTo(HeartbeatMessage.of(HeartbeatMessageType.HEARTBEAT_REQUEST, Bytes.fromHex("abcdef"),
                Bytes.fromHex("00112233445566778899aabbccddeeff")));
        assertThat(m.claimsMoreThanSent()).isFalse();
        assertThat(m.validate().isRight()).isTrue();
        assertThat(HeartbeatMessage.CODEC.encode(m).get()).isEqualTo(wire);
    }

    @Test
    void aHeartbleedClaimDecodesToAReportableValueAndReencodesExactly() {
        TLSPlaintext record = TLSPlaintext.CODEC.decode(HEARTBLEED_RECORD).get();
        assertThat(record.type()).isEqualTo(ContentType.HEARTBEAT);
        HeartbeatMessage m = HeartbeatMessage.CODEC.decode(record.fragment()).get();
        assertThat(m.type()).isEqualTo(HeartbeatMessageType.HEARTBEAT_REQUEST);
        assertThat(m.payloadLength()).isEqualTo(0x4000);
        assertThat(m.payload()).isEqualTo(Bytes.fromHex("41"));
        assertThat(m.padding()).isEqualTo(Bytes.empty());
        assertThat(m.claimsMoreThanSent()).isTrue();
        assertThat(m.missingPayloadBytes()).isEqualTo(0x4000 - 1);
        assertThat(m.validate().getLeft()).isEqualTo(new CodecError.Overrun(Path.of("payload"), 3, 0x4000, 1));
        assertThat(HeartbeatMessage.CODEC.encode(m).get()).isEqualTo(record.fragment());
        assertThat(TLSPlaintext.CODEC.encode(new TLSPlaintext(record.type(), record.legacyRecordVersion(),
                HeartbeatMessage.CODEC.encode(m).get())).get()).isEqualTo(HEARTBLEED_RECORD);
        assertThat(RenderedText.tree("HeartbeatMessage", HeartbeatMessage.CODEC.render(m)))
                .contains("payload_length = 16384", "overrun = payload_length claims 16384 bytes, the record holds 1");
    }

    @Test
    void decodingAHeartbleedClaimAllocatesNothingForTheClaim() {
        Bytes fragment = Bytes.fromHex("01ffff41");
        assertThat(allocatedBy(() -> HeartbeatMessage.CODEC.decode(fragment))).isLessThan(2048);
        Bytes claims16k = Bytes.fromHex("014000");
        assertThat(allocatedBy(() -> HeartbeatMessage.CODEC.decode(claims16k))).isLessThan(2048);
    }

    @Test
    void tooLittlePaddingIsReportedNotRejected() {
        HeartbeatMessage m = HeartbeatMessage.CODEC.decode(Bytes.fromHex("020001aa00")).get();
        assertThat(m.type()).isEqualTo(HeartbeatMessageType.HEARTBEAT_RESPONSE);
        assertThat(m.padding()).isEqualTo(Bytes.fromHex("00"));
        assertThat(m.validate().getLeft()).isInstanceOf(CodecError.Invalid.class);
        assertThat(m.validate().getLeft().path()).isEqualTo(Path.of("padding"));
    }

    @Test
    void aMessageTooShortForItsHeaderIsTruncated() {
        assertThat(HeartbeatMessage.CODEC.decode(Bytes.empty()).getLeft())
                .isEqualTo(new CodecError.Truncated(Path.of("type"), 0, 1, 0));
        assertThat(HeartbeatMessage.CODEC.decode(Bytes.fromHex("0100")).getLeft())
                .isEqualTo(new CodecError.Truncated(Path.of("payload_length"), 1, 2, 1));
    }

    @Test
    void inconsistentValuesAreNotEncoded() {
        HeartbeatMessageType req = HeartbeatMessageType.HEARTBEAT_REQUEST;
        assertThat(HeartbeatMessage.CODEC.encode(new HeartbeatMessage(req, 1, Bytes.fromHex("aabb"), Bytes.empty())).getLeft().path())
                .isEqualTo(Path.of("payload"));
        assertThat(HeartbeatMessage.CODEC.encode(new HeartbeatMessage(req, 5, Bytes.fromHex("aabb"), Bytes.fromHex("00"))).getLeft().path())
                .isEqualTo(Path.of("padding"));
        assertThat(HeartbeatMessage.CODEC.encode(new HeartbeatMessage(req, 0x10000, Bytes.empty(), Bytes.empty())).getLeft().path())
                .isEqualTo(Path.of("payload_length"));
    }
}
