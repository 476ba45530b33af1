package org.tlscodec.tls.kx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.handshake.ECParameters;
import org.tlscodec.tls.registry.ECParametersBasisType;
import org.tlscodec.tls.handshake.ECParametersCurve;
import org.tlscodec.tls.handshake.ECParametersExplicitChar2;
import org.tlscodec.tls.handshake.ECParametersExplicitPrime;
import org.tlscodec.tls.handshake.ECParametersNamedCurve;
import org.tlscodec.tls.handshake.ECParametersPentanomial;
import org.tlscodec.tls.handshake.ECParametersTrinomial;
import org.tlscodec.tls.handshake.ECPoint;
import org.tlscodec.tls.handshake.ServerECDHParams;
import org.tlscodec.tls.registry.NamedGroup;

/** Hand-made explicit curves (RFC 4492 section 5.4): no deployed server sends them any more. */
class ECParametersTest {

    private static Bytes hex(String h) {
        return Bytes.fromHex(h.replace(" ", ""));
    }

    @Test
    void aNamedCurveIsItsGroupCode() {
        ECParameters p = ECParameters.CODEC.decode(hex("03 001d")).get();
        assertThat(p).isEqualTo(new ECParametersNamedCurve(NamedGroup.X25519));
    }

    @Test
    void anExplicitPrimeCurveReadsEachPartAndReencodesExactly() {
        Bytes wire = hex("01" + " 01 17" + " 01 01 01 02" + " 03 040506" + " 01 13" + " 01 01");
        ECParameters p = ECParameters.CODEC.decode(wire).get();
        assertThat(p).isEqualTo(new ECParametersExplicitPrime(hex("17"), new ECParametersCurve(hex("01"), hex("02")),
                new ECPoint(hex("040506")), hex("13"), hex("01")));
        assertThat(ECParameters.CODEC.encode(p).get()).isEqualTo(wire);
    }

    @Test
    void anExplicitChar2CurveWithATrinomialBasis() {
        Bytes wire = hex("02" + " 00a3" + " 01 01 07" + " 01 01 01 01" + " 02 0400" + " 01 05" + " 01 02");
        ECParameters p = ECParameters.CODEC.decode(wire).get();
        assertThat(p).isEqualTo(new ECParametersExplicitChar2(163, new ECParametersTrinomial(hex("07")),
                new ECParametersCurve(hex("01"), hex("01")), new ECPoint(hex("0400")), hex("05"), hex("02")));
        assertThat(ECParameters.CODEC.encode(p).get()).isEqualTo(wire);
    }

    @Test
    void anExplicitChar2CurveWithAPentanomialBasis() {
        Bytes wire = hex("02" + " 0233" + " 02 01 02 01 05 01 07" + " 01 00 01 01" + " 01 04" + " 01 0b" + " 01 04");
        ECParametersExplicitChar2 p = (ECParametersExplicitChar2) ECParameters.CODEC.decode(wire).get();
        assertThat(p.m()).isEqualTo(563);
        assertThat(p.basis()).isEqualTo(new ECParametersPentanomial(hex("02"), hex("05"), hex("07")));
        assertThat(p.basis().basisType()).isSameAs(ECParametersBasisType.EC_BASIS_PENTANOMIAL);
        assertThat(ECParameters.CODEC.encode(p).get()).isEqualTo(wire);
    }

    @Test
    void anUnknownBasisIsAnErrorAtTheBasisByte() {
        Bytes wire = hex("02" + " 00a3" + " 03 01 07" + " 01 01 01 01" + " 02 0400" + " 01 05" + " 01 02");
        CodecError e = ECParameters.CODEC.decode(wire).getLeft();
        assertThat(e).isInstanceOf(CodecError.UnknownTag.class);
        assertThat(e.path().toString()).contains("basis");
        assertThat(e.offset()).isEqualTo(3);
    }

    @Test
    void anUnknownCurveTypeIsAnErrorNotAGuess() {
        assertThat(ServerECDHParams.CODEC.decode(hex("04 001d 01 00")).getLeft()).isInstanceOf(CodecError.UnknownTag.class);
    }

    @Test
    void anEmptyCoefficientBreaksItsLowerBound() {
        Bytes wire = hex("01" + " 01 17" + " 00 01 02" + " 03 040506" + " 01 13" + " 01 01");
        assertThat(ECParameters.CODEC.decode(wire).getLeft()).isInstanceOf(CodecError.LengthOutOfRange.class);
    }
}
