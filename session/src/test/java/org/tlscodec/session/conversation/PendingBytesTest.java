package org.tlscodec.session.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

class PendingBytesTest {

    @Test
    void appendKeepsSlicesOfOtherArraysAsPartsAndJoinsTheOnesThatFollowInTheSameArray() {
        Bytes stream = Bytes.fromHex("16030300050102030405");
        PendingBytes adjacent = PendingBytes.of(stream.slice(0, 2), 40).append(stream.slice(2, 4)).append(stream.slice(4, 10));
        PendingBytes apart = PendingBytes.of(Bytes.fromHex("1603"), 40).append(Bytes.fromHex("0300")).append(Bytes.fromHex("050102030405"));

        assertThat(adjacent.parts()).hasSize(1);
        assertThat(apart.parts()).hasSize(3);
        assertThat(adjacent.joined()).isEqualTo(stream).isEqualTo(apart.joined());
        assertThat(apart.size()).isEqualTo(10);
        assertThat(apart.offset()).isEqualTo(40);
        assertThat(apart.append(Bytes.empty())).isSameAs(apart);
    }

    @Test
    void byteAtReadsAcrossThePartsAndIntoTheNextChunkAndIsMinusOnePastBoth() {
        PendingBytes p = PendingBytes.of(Bytes.fromHex("16"), 0).append(Bytes.fromHex("0303"));
        Bytes next = Bytes.fromHex("40ff");

        assertThat(p.byteAt(0, next)).isEqualTo(0x16);
        assertThat(p.byteAt(2, next)).isEqualTo(0x03);
        assertThat(p.byteAt(3, next)).isEqualTo(0x40);
        assertThat(p.byteAt(4, next)).isEqualTo(0xff);
        assertThat(p.byteAt(5, next)).isEqualTo(-1);
        assertThat(PendingBytes.none(7).byteAt(0, Bytes.empty())).isEqualTo(-1);
        assertThat(PendingBytes.none(7).isEmpty()).isTrue();
    }
}
