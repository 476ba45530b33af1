package org.tlscodec.crypto.kx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tlscodec.crypto.kx.Fixtures.left;
import static org.tlscodec.crypto.kx.Fixtures.right;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

/**
 * The PSK premaster, {@code other_secret<0..2^16-1> psk<0..2^16-1>}, with each key exchange's
 * other_secret (RFC 4279 sections 2-4, RFC 5489 section 2).
 */
class PskPremasterTest {
    private static final Bytes PSK = Bytes.fromHex("0102030405");

    @Test
    void plainPskUsesAsManyZerosAsThePskHas() {
        // RFC 4279 section 2: "if the PSK is N octets long, concatenate a uint16 with the value N, N zero octets, a second uint16 with the value N, and the PSK itself".
        assertThat(right(PskPremaster.plain(PSK))).isEqualTo(Bytes.fromHex("0005" + "0000000000" + "0005" + "0102030405"));
        assertThat(right(PskPremaster.plain(Bytes.empty()))).isEqualTo(Bytes.fromHex("00000000"));
    }

    @Test
    void dhePskStripsTheLeadingZerosOfZ() {
        assertThat(right(PskPremaster.dhePsk(Bytes.fromHex("0000abcd"), PSK))).isEqualTo(Bytes.fromHex("0002abcd" + "0005" + "0102030405"));
    }

    @Test
    void ecdhePskKeepsTheFixedLengthXCoordinate() {
        Bytes x = Bytes.fromHex("00" + "11".repeat(31));
        assertThat(right(PskPremaster.ecdhePsk(x, PSK))).isEqualTo(Bytes.fromHex("0020").concat(x).concat(Bytes.fromHex("0005" + "0102030405")));
    }

    @Test
    void rsaPskTakesExactlyThe48BytePremaster() {
        Bytes premaster = Bytes.fromHex("0303").concat(Bytes.zeros(46));
        assertThat(right(PskPremaster.rsaPsk(premaster, PSK))).isEqualTo(Bytes.fromHex("0030").concat(premaster).concat(Bytes.fromHex("0005" + "0102030405")));
        assertThat(left(PskPremaster.rsaPsk(premaster.drop(1), PSK))).isInstanceOf(KxError.WrongLength.class);
    }

    @Test
    void theStructureDecodesBackAndFieldsOver65535BytesAreRefused() {
        Bytes encoded = right(PskPremaster.plain(PSK));
        assertThat(PskPremaster.CODEC.decode(encoded).get()).isEqualTo(new PskPremaster(Bytes.zeros(5), PSK));
        KxError error = left(PskPremaster.plain(Bytes.zeros(65536)));
        assertThat(error).isInstanceOf(KxError.InvalidParameters.class);
        assertThat(error.message()).contains("PSK premaster");
        assertThat(PskPremaster.plain(Bytes.zeros(65535)).isRight()).isTrue();
    }
}
