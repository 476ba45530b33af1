package org.tlscodec.tls.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.Path;
import org.tlscodec.codec.RenderedText;
import org.tlscodec.tls.registry.AlertDescription;
import org.tlscodec.tls.registry.AlertLevel;
import org.tlscodec.tls.registry.ContentType;

/** Alert and ChangeCipherSpec, decoded from a record's fragment. */
class SmallMessagesTest {

    @Test
    void anAlertDecodesFromARecordFragment() {
        TLSPlaintext record = TLSPlaintext.CODEC.decode(Bytes.fromHex("15030300020228")).get();
        assertThat(record.type()).isEqualTo(ContentType.ALERT);
        Alert alert = Alert.CODEC.decode(record.fragment()).get();
        assertThat(alert).isEqualTo(new Alert(AlertLevel.FATAL, AlertDescription.HANDSHAKE_FAILURE));
        assertThat(Alert.CODEC.encode(alert).get()).isEqualTo(Bytes.fromHex("0228"));
        assertThat(RenderedText.tree("Alert", Alert.CODEC.render(alert)))
                .isEqualTo("###[ Alert ]###\n  level = fatal (0x02)\n  description = handshake_failure (0x28)\n");
    }

    @Test
    void unknownAlertCodesAreKeptAndAShortAlertIsTruncated() {
        Alert odd = Alert.CODEC.decode(Bytes.fromHex("07fe")).get();
        assertThat(odd.level().isKnown()).isFalse();
        assertThat(odd.description().isKnown()).isFalse();
        assertThat(Alert.CODEC.encode(odd).get()).isEqualTo(Bytes.fromHex("07fe"));
        assertThat(Alert.CODEC.decode(Bytes.fromHex("01")).getLeft())
                .isEqualTo(new CodecError.Truncated(Path.of("description"), 1, 1, 0));
        assertThat(Alert.CODEC.decode(Bytes.fromHex("010000")).getLeft()).isInstanceOf(CodecError.TrailingBytes.class);
    }

    @Test
    void changeCipherSpecKeepsAnyByte() {
        TLSPlaintext record = TLSPlaintext.CODEC.decode(Bytes.fromHex("140303000101")).get();
        ChangeCipherSpec ccs = ChangeCipherSpec.CODEC.decode(record.fragment()).get();
        assertThat(ccs).isEqualTo(ChangeCipherSpec.STANDARD);
        assertThat(ccs.isStandard()).isTrue();
        ChangeCipherSpec odd = ChangeCipherSpec.CODEC.decode(Bytes.fromHex("02")).get();
        assertThat(odd.isStandard()).isFalse();
        assertThat(ChangeCipherSpec.CODEC.encode(odd).get()).isEqualTo(Bytes.fromHex("02"));
        assertThat(ChangeCipherSpec.CODEC.encode(new ChangeCipherSpec(256)).getLeft()).isInstanceOf(CodecError.Invalid.class);
        assertThat(ChangeCipherSpec.CODEC.decode(Bytes.empty()).getLeft()).isInstanceOf(CodecError.Truncated.class);
        assertThat(RenderedText.tree("ChangeCipherSpec", ChangeCipherSpec.CODEC.render(ccs)))
                .isEqualTo("###[ ChangeCipherSpec ]###\n  type = 1\n");
    }
}
