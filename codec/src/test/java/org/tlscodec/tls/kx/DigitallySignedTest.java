package org.tlscodec.tls.kx;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.DigitallySigned;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SignatureScheme;

class DigitallySignedTest {

    @Test
    void versionsBeforeTls12HaveNoAlgorithmField() {
        for (ProtocolVersion v : new ProtocolVersion[] {ProtocolVersion.SSL_3_0, ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1,
                ProtocolVersion.DTLS_1_0, ProtocolVersion.of(0x0100)}) {
            assertThat(DigitallySigned.withAlgorithm(v)).as(v.toString()).isFalse();
        }
    }

    @Test
    void tls12LaterAndUnknownNewerVersionsHaveTheAlgorithmField() {
        for (ProtocolVersion v : new ProtocolVersion[] {ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3, ProtocolVersion.DTLS_1_2,
                ProtocolVersion.DTLS_1_3, ProtocolVersion.of(0x0305)}) {
            assertThat(DigitallySigned.withAlgorithm(v)).as(v.toString()).isTrue();
        }
        assertThat(DigitallySigned.withAlgorithm(WireContext.initial())).isTrue();
    }

    @Test
    void theSameBytesReadAsAlgorithmAndSignatureInTls12AndAsSignatureAloneInTls10() {
        Bytes wire = Bytes.fromHex("0804" + "0002" + "abcd");
        WireContext tls12 = WireContext.negotiated(ProtocolVersion.TLS_1_2, CipherSuite.of(0xc02f));
        WireContext tls10 = WireContext.negotiated(ProtocolVersion.TLS_1_0, CipherSuite.of(0xc02f));
        assertThat(DigitallySigned.codec(tls12).decode(wire).get())
                .isEqualTo(DigitallySigned.of(SignatureScheme.RSA_PSS_RSAE_SHA256, Bytes.fromHex("abcd")));
        Bytes legacy = Bytes.fromHex("0004" + "0102abcd");
        assertThat(DigitallySigned.codec(tls10).decode(legacy).get()).isEqualTo(DigitallySigned.legacy(Bytes.fromHex("0102abcd")));
        // TLS 1.0 reads "0804 0002 abcd" as a length of 0x0804: more than there is.
        assertThat(DigitallySigned.codec(tls10).decode(wire).getLeft()).isInstanceOf(CodecError.Truncated.class);
    }

    @Test
    void aSignatureWithoutItsVersionsShapeDoesNotEncode() {
        assertThat(DigitallySigned.TLS12.encode(new DigitallySigned(Option.none(), Bytes.fromHex("00"))).isLeft()).isTrue();
        assertThat(DigitallySigned.LEGACY.encode(DigitallySigned.of(SignatureScheme.RSA_PKCS1_SHA256, Bytes.fromHex("00"))).isLeft())
                .isTrue();
    }
}
