package org.tlscodec.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorPathTest {

    private static byte[] sample() {
        return Samples.encode(Samples.HELLO, Samples.sampleHello()).toArray();
    }

    @Test
    void aBadLengthDeepInsideIsReportedWithItsPathAndTheOffsetOfTheLengthField() {
        byte[] b = sample();
        // legacy_version 2 + random 32 + session id 3 + suites 6 + compression 2 + extensions length 2 = 47;
        // extensions 0..2 take 6 + 9 + 4 bytes, so key_share starts at 66: type, length, client_shares
        // length, then entry 0 (2 + 2 + 5 bytes) and entry 1's group; its key_exchange length is at 83.
        assertThat(b[83]).isEqualTo((byte) 0);
        assertThat(b[84]).isEqualTo((byte) 2);
        b[84] = 0;
        CodecError e = Samples.HELLO.decode(Bytes.of(b)).getLeft();
        assertThat(e).isInstanceOf(CodecError.LengthOutOfRange.class);
        assertThat(e.path()).hasToString("ClientHello.extensions[3].key_share.client_shares[1].key_exchange");
        assertThat(e.offset()).isEqualTo(83);
        assertThat(e.describe()).isEqualTo(
                "ClientHello.extensions[3].key_share.client_shares[1].key_exchange @83: length 0 outside <1..2^16-1>");
    }

    @Test
    void anInnerFieldLongerThanItsEnclosingLengthIsAnOverrunNotATruncation() {
        byte[] b = sample();
        b[84] = 3; // entry 1 now claims 3 key bytes, but its extension holds only 2
        CodecError e = Samples.HELLO.decode(Bytes.of(b)).getLeft();
        assertThat(e).isInstanceOf(CodecError.Overrun.class);
        assertThat(e.needsMoreInput()).isFalse();
        assertThat(e.path()).hasToString("ClientHello.extensions[3].key_share.client_shares[1].key_exchange");
    }

    @Test
    void anInputThatEndsEarlyIsTruncatedAndSaysHowManyBytesWereWanted() {
        Bytes whole = Bytes.of(sample());
        CodecError e = Samples.HELLO.decode(whole.take(20)).getLeft();
        assertThat(e).isEqualTo(new CodecError.Truncated(Path.of("ClientHello", "random"), 2, 32, 18));
        assertThat(e.needsMoreInput()).isTrue();
    }

    @Test
    void leftoverBytesAfterTheValueAreTrailingBytes() {
        Bytes whole = Bytes.of(sample()).concat(Bytes.fromHex("00"));
        CodecError e = Samples.HELLO.decode(whole).getLeft();
        assertThat(e).isEqualTo(new CodecError.TrailingBytes(Path.root(), whole.size() - 1, 1));
    }

    @Test
    void decodePrefixAnswersTheValueAndTheBytesAfterIt() {
        Bytes whole = Bytes.of(sample()).concat(Bytes.fromHex("1603"));
        Decoded<Samples.Hello> d = Samples.HELLO.decodePrefix(whole).get();
        assertThat(d.value()).isEqualTo(Samples.sampleHello());
        assertThat(d.remainder()).isEqualTo(Bytes.fromHex("1603"));
    }

    @Test
    void anEncodingErrorCarriesThePathOfTheOffendingValue() {
        Samples.Hello bad = new Samples.Hello(0x0303, Bytes.zeros(31), Bytes.empty(), io.vavr.collection.Vector.of(1),
                Bytes.fromHex("00"), io.vavr.collection.Vector.empty());
        CodecError e = Samples.HELLO.encode(bad).getLeft();
        assertThat(e.path()).hasToString("ClientHello.random");
        assertThat(e.reason()).isEqualTo("opaque[32] given 31 bytes");
        assertThat(e.offset()).isEqualTo(2);
    }
}
