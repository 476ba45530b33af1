package org.tlscodec.session.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

class PendingBytesTest {

    @Test
    void appendKeepsSlicesOfOtherArraysAsPartsAndJoinsTheOnesThatFollowInTheSameArray() {
        Bytes stream = Bytes.fromHex("16030300050102030405");
        PendingBytes adjacent = PendingBytes.of(stream.slice(0, 2), 40).append(stream.slice(2, 4)).append(stream.slice(4, 10));
        PendingBytes apart = PendingBytes.of(Bytes.fromHex("1603030005"), 40).append(Bytes.fromHex("0102")).append(Bytes.fromHex("030405"));

        assertThat(adjacent.parts()).hasSize(1);
        assertThat(apart.parts()).containsExactly(Bytes.fromHex("1603030005"), Bytes.fromHex("0102"), Bytes.fromHex("030405"));
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

    @Test
    void joinedWithCopiesPartsFromOtherArraysIntoAFreshArrayAndKeepsAdjacentSlicesAsASlice() {
        Bytes stream = Bytes.fromHex("16030300050102030405");
        PendingBytes apart = PendingBytes.of(Bytes.fromHex("1603"), 0).append(Bytes.fromHex("0300")).append(Bytes.fromHex("0501"));
        PendingBytes adjacent = PendingBytes.of(stream.slice(0, 4), 0).append(stream.slice(4, 6));

        PendingBytes.Joined copied = apart.joinedWith(Bytes.fromHex("02030405"));
        PendingBytes.Joined sliced = adjacent.joinedWith(stream.slice(6, 10));

        assertThat(copied.bytes()).isEqualTo(stream);
        assertThat(copied.fresh()).isTrue();
        assertThat(sliced.bytes()).isEqualTo(stream);
        assertThat(sliced.fresh()).isFalse();
        assertThat(PendingBytes.of(stream.slice(0, 4), 0).joinedWith(Bytes.empty()).fresh()).isFalse();
        assertThat(PendingBytes.of(Bytes.fromHex("16"), 0).joinedWith(Bytes.fromHex("03")).fresh()).isTrue();
    }

    @Test
    void aFirstPartShorterThanARecordHeaderTakesTheNextBytesSoTheHeaderIsReadFromOnePart() {
        PendingBytes oneByteAtATime = PendingBytes.of(Bytes.fromHex("16"), 0);
        for (String b : new String[] {"03", "03", "00", "05", "01", "02"}) {
            oneByteAtATime = oneByteAtATime.append(Bytes.fromHex(b));
        }

        assertThat(oneByteAtATime.parts()).containsExactly(Bytes.fromHex("1603030005"), Bytes.fromHex("01"), Bytes.fromHex("02"));
        assertThat(oneByteAtATime.byteAt(4, Bytes.empty())).isEqualTo(5);
        assertThat(oneByteAtATime.joined()).isEqualTo(Bytes.fromHex("16030300050102"));
    }
}
