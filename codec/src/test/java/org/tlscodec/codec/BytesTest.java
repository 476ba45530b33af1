package org.tlscodec.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BytesTest {

    @Test
    void ofCopiesSoLaterChangesToTheArrayDoNotShow() {
        byte[] a = {1, 2, 3};
        Bytes b = Bytes.of(a);
        a[0] = 9;
        assertThat(b.get(0)).isEqualTo(1);
    }

    @Test
    void getAnswersUnsignedValues() {
        assertThat(Bytes.fromHex("ff80").get(0)).isEqualTo(255);
        assertThat(Bytes.fromHex("ff80").get(1)).isEqualTo(128);
    }

    @Test
    void sliceSharesContentAndComparesByContent() {
        Bytes whole = Bytes.fromHex("00010203040506");
        Bytes middle = whole.slice(2, 5);
        assertThat(middle).isEqualTo(Bytes.fromHex("020304"));
        assertThat(middle.hashCode()).isEqualTo(Bytes.fromHex("020304").hashCode());
        assertThat(middle.hex()).isEqualTo("020304");
        assertThat(whole.slice(0, 7)).isSameAs(whole);
    }

    @Test
    void sliceOutsideTheSequenceIsRejected() {
        assertThatThrownBy(() -> Bytes.fromHex("0001").slice(1, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Bytes.fromHex("0001").get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void fromHexIgnoresSeparatorsAndRejectsOddOrNonHexInput() {
        assertThat(Bytes.fromHex("16 03:01")).isEqualTo(Bytes.ofUnsigned(0x16, 3, 1));
        assertThatThrownBy(() -> Bytes.fromHex("abc")).hasMessageContaining("odd");
        assertThatThrownBy(() -> Bytes.fromHex("zz")).hasMessageContaining("not a hex digit");
    }

    @Test
    void toStringIsHexAndShortensLongSequences() {
        assertThat(Bytes.fromHex("beef").toString()).isEqualTo("Bytes(beef)");
        assertThat(Bytes.zeros(100).toString()).endsWith(", 100 bytes)").contains("...");
    }

    @Test
    void concatAndStartsWith() {
        Bytes ab = Bytes.fromHex("aa").concat(Bytes.fromHex("bb"));
        assertThat(ab).isEqualTo(Bytes.fromHex("aabb"));
        assertThat(ab.startsWith(Bytes.fromHex("aa"))).isTrue();
        assertThat(ab.startsWith(Bytes.fromHex("bb"))).isFalse();
        assertThat(Bytes.empty().concat(ab)).isSameAs(ab);
    }

    @Test
    void compareToIsUnsignedLexicographic() {
        assertThat(Bytes.fromHex("80").compareTo(Bytes.fromHex("7f"))).isPositive();
        assertThat(Bytes.fromHex("00").compareTo(Bytes.fromHex("0000"))).isNegative();
    }

    @Test
    void concatOfTheSliceThatFollowsInTheSameArrayIsTheJoinedSliceWithoutACopy() {
        Bytes whole = Bytes.fromHex("00010203040506");
        Bytes joined = whole.slice(1, 3).concat(whole.slice(3, 6));

        assertThat(joined).isEqualTo(Bytes.fromHex("0102030405"));
        assertThat(joined.array()).isSameAs(whole.array());
        // Not adjacent, or adjacent the other way round: copied, in the order asked.
        assertThat(whole.slice(0, 2).concat(whole.slice(3, 5))).isEqualTo(Bytes.fromHex("00010304"));
        assertThat(whole.slice(3, 5).concat(whole.slice(1, 3))).isEqualTo(Bytes.fromHex("03040102"));
        assertThat(whole.slice(0, 2).concat(Bytes.fromHex("0203")).array()).isNotSameAs(whole.array());
    }

    @Test
    void concatAllGivesThePartsInOrderAndKeepsALonePartAsItIs() {
        Bytes a = Bytes.fromHex("aa");
        Bytes bc = Bytes.fromHex("bbcc");

        assertThat(Bytes.concatAll(java.util.List.of(a, Bytes.empty(), bc, a))).isEqualTo(Bytes.fromHex("aabbccaa"));
        assertThat(Bytes.concatAll(java.util.List.of(Bytes.empty(), bc, Bytes.empty()))).isSameAs(bc);
        assertThat(Bytes.concatAll(java.util.List.of())).isEqualTo(Bytes.empty());
    }

    @Test
    void readHandsTheBytesWhereTheyLieInTheSharedArrayWithTheirOffsetAndLength() {
        Bytes whole = Bytes.fromHex("00010203040506");
        Bytes middle = whole.slice(2, 5);

        byte[] seen = middle.read((array, offset, length) -> {
            assertThat(array).isSameAs(whole.array());
            assertThat(offset).isEqualTo(2);
            return java.util.Arrays.copyOfRange(array, offset, offset + length);
        });

        assertThat(seen).containsExactly(2, 3, 4);
        assertThat(Bytes.empty().<Integer>read((array, offset, length) -> length).intValue()).isZero();
    }

    @Test
    void fillTakesTheWrittenPrefixOfAFreshArrayWithoutACopyOrAnswersTheFillersError() {
        byte[][] given = new byte[1][];
        io.vavr.control.Either<String, Bytes> filled = Bytes.fill(5, array -> {
            given[0] = array;
            array[0] = 7;
            array[1] = (byte) 0xff;
            array[2] = 9;
            return io.vavr.control.Either.right(3);
        });

        assertThat(filled.get()).isEqualTo(Bytes.fromHex("07ff09"));
        assertThat(given[0]).hasSize(5);
        assertThat(filled.get().array()).isSameAs(given[0]);
        assertThat(Bytes.<String>fill(4, array -> io.vavr.control.Either.right(0)).get()).isEqualTo(Bytes.empty());
        assertThat(Bytes.<String>fill(0, array -> io.vavr.control.Either.right(array.length)).get()).isEqualTo(Bytes.empty());
        assertThat(Bytes.fill(8, array -> io.vavr.control.Either.left("bad tag")).getLeft()).isEqualTo("bad tag");
    }

    @Test
    void fillRefusesANegativeCapacityOrACountItsArrayCannotHold() {
        assertThatThrownBy(() -> Bytes.<String>fill(-1, array -> io.vavr.control.Either.right(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative capacity -1");
        assertThatThrownBy(() -> Bytes.<String>fill(4, array -> io.vavr.control.Either.right(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("filled 5 bytes of an array of 4");
        assertThatThrownBy(() -> Bytes.<String>fill(4, array -> io.vavr.control.Either.right(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adjoinsOnlyTheNonEmptySliceThatFollowsInTheSameArray() {
        Bytes whole = Bytes.fromHex("00010203040506");

        assertThat(whole.slice(1, 3).adjoins(whole.slice(3, 6))).isTrue();
        assertThat(whole.slice(3, 6).adjoins(whole.slice(1, 3))).isFalse();
        assertThat(whole.slice(1, 3).adjoins(whole.slice(4, 6))).isFalse();
        assertThat(whole.slice(1, 3).adjoins(Bytes.fromHex("0304"))).isFalse();
        assertThat(whole.slice(1, 3).adjoins(whole.slice(3, 3))).isFalse();
        assertThat(Bytes.empty().adjoins(whole)).isFalse();
    }

    @Test
    void overwriteWritesOverTheBytesWhereTheyLieAndAnswersTheWrittenPrefixOfTheSameArray() {
        Bytes whole = Bytes.fromHex("00112233445566");
        Bytes middle = whole.slice(2, 6);
        int[] seen = new int[2];

        Bytes written = middle.<String>overwrite((array, offset, length) -> {
            seen[0] = offset;
            seen[1] = length;
            array[offset] = (byte) (array[offset + 3] + 1);
            array[offset + 1] = 0x7f;
            return io.vavr.control.Either.right(2);
        }).get();

        assertThat(seen).containsExactly(2, 4);
        assertThat(written).isEqualTo(Bytes.fromHex("567f"));
        assertThat(written.array()).isSameAs(whole.array());
        assertThat(whole).isEqualTo(Bytes.fromHex("0011567f445566"));
    }

    @Test
    void overwriteAnswersTheRewritersErrorAndRefusesACountPastTheBytes() {
        Bytes bytes = Bytes.fromHex("0102");

        assertThat(bytes.overwrite((array, offset, length) -> io.vavr.control.Either.left("bad tag")).getLeft()).isEqualTo("bad tag");
        assertThat(bytes).isEqualTo(Bytes.fromHex("0102"));
        assertThatThrownBy(() -> bytes.<String>overwrite((array, offset, length) -> io.vavr.control.Either.right(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rewrote 3 bytes of 2");
    }
}
