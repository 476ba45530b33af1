package org.tlscodec.tls.handshake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

/** Random (RFC 5246 section 7.4.1.2, RFC 8446 section 4.1.2): one set of 32 bytes, two readings. */
class RandomTest {
    // A TLS 1.2 random whose clock is 2020-09-13T12:26:40Z (0x5f5e1000), then 28 bytes 0x00..0x1b.
    private static final Bytes WIRE = Bytes.fromHex("5f5e1000" + "000102030405060708090a0b0c0d0e0f101112131415161718191a1b");

    @Test
    void aTls12RandomReadsTheClockAndTheRandomBytesFromItsThirtyTwoBytes() {
        Random.Tls12 r = new Random.Tls12(WIRE);
        assertThat(r.gmtUnixTime()).isEqualTo(0x5f5e1000L);
        assertThat(r.randomBytes()).isEqualTo(WIRE.drop(4));
        assertThat(r.bytes()).isSameAs(WIRE);
    }

    @Test
    void aClockWithTheTopBitSetIsReadUnsigned() {
        Bytes late = Bytes.fromHex("fffffffe").concat(WIRE.drop(4));
        assertThat(new Random.Tls12(late).gmtUnixTime()).isEqualTo(0xfffffffeL);
    }

    @Test
    void aTls12RandomBuiltFromItsFieldsIsTheOneReadFromItsBytes() {
        Random.Tls12 fromFields = new Random.Tls12(0x5f5e1000L, WIRE.drop(4));
        assertThat(fromFields).isEqualTo(new Random.Tls12(WIRE)).hasSameHashCodeAs(new Random.Tls12(WIRE));
        assertThat(fromFields.bytes()).isEqualTo(WIRE);
        assertThat(Random.Tls12.CODEC.encode(fromFields).get()).isEqualTo(WIRE);
        assertThat(Random.Tls12.CODEC.decode(WIRE).get()).isEqualTo(fromFields);
    }

    @Test
    void aTls12RandomPrintsAsItsTwoFields() {
        assertThat(new Random.Tls12(WIRE)).hasToString("Tls12[gmtUnixTime=" + 0x5f5e1000L + ", randomBytes=" + WIRE.drop(4) + "]");
    }

    @Test
    void fieldsWithoutAThirtyTwoByteFormAreRefused() {
        assertThatThrownBy(() -> new Random.Tls12(0x100000000L, WIRE.drop(4))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Random.Tls12(-1, WIRE.drop(4))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Random.Tls12(0, WIRE.drop(5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Random.Tls12(WIRE.drop(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHelloCodecsKeepTheBytesTheyReadWhicheverWayTheyReadThem() {
        assertThat(Random.of(WIRE, false)).isEqualTo(new Random.Tls12(WIRE));
        assertThat(Random.of(WIRE, true)).isEqualTo(new Random.Tls13(WIRE));
        assertThat(Random.of(WIRE, false).bytes()).isSameAs(WIRE);
        assertThat(Random.of(WIRE, true).bytes()).isSameAs(WIRE);
    }
}
