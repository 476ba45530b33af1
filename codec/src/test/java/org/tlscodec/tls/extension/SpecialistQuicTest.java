package org.tlscodec.tls.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.registry.ExtensionType;

/** QUIC varints (RFC 9000 section 16) and quic_transport_parameters (RFC 9000 section 18, RFC 9001 section 8.2). */
class SpecialistQuicTest {

    // The transport parameters of the ClientHello in RFC 9001 Appendix A.2: initial_max_data,
    // initial_max_stream_data_bidi_local, _uni, initial_max_streams_bidi, max_idle_timeout,
    // initial_max_streams_uni, initial_source_connection_id, initial_max_stream_data_bidi_remote.
    private static final Bytes RFC9001_PARAMETERS = Bytes.fromHex(
            "0408ffffffffffffffff" + "05048000ffff" + "07048000ffff" + "080110" + "010480007530"
                    + "090110" + "0f088394c8f03e515708" + "06048000ffff");

    private static QuicVarint varint(String hex) {
        return QuicVarint.CODEC.decode(Bytes.fromHex(hex)).get();
    }

    @Test
    void varintsOfAllFourWidthsDecodeToTheValuesOfRfc9000AppendixA1() {
        assertThat(varint("c2197c5eff14e88c")).isEqualTo(new QuicVarint(151_288_809_941_952_652L, 8));
        assertThat(varint("9d7f3e7d")).isEqualTo(new QuicVarint(494_878_333L, 4));
        assertThat(varint("7bbd")).isEqualTo(new QuicVarint(15_293L, 2));
        assertThat(varint("25")).isEqualTo(new QuicVarint(37L, 1));
    }

    @Test
    void everyWidthReencodesToItsBytes() {
        for (String hex : new String[] {"c2197c5eff14e88c", "9d7f3e7d", "7bbd", "25", "ffffffffffffffff", "3f", "00"}) {
            assertThat(QuicVarint.CODEC.encode(varint(hex)).get()).isEqualTo(Bytes.fromHex(hex));
        }
    }

    @Test
    void aNonMinimalVarintKeepsItsLengthSoItReencodesExactly() {
        QuicVarint padded = varint("4025");
        assertThat(padded.value()).isEqualTo(37);
        assertThat(padded.encodedLength()).isEqualTo(2);
        assertThat(padded.minimal()).isFalse();
        assertThat(padded).isNotEqualTo(QuicVarint.of(37));
        assertThat(QuicVarint.CODEC.encode(padded).get()).isEqualTo(Bytes.fromHex("4025"));
        assertThat(QuicVarint.CODEC.encode(varint("c000000000000001")).get()).isEqualTo(Bytes.fromHex("c000000000000001"));
    }

    @Test
    void ofPicksTheShortestEncoding() {
        assertThat(QuicVarint.of(63).encodedLength()).isEqualTo(1);
        assertThat(QuicVarint.of(64).encodedLength()).isEqualTo(2);
        assertThat(QuicVarint.of(16_383).encodedLength()).isEqualTo(2);
        assertThat(QuicVarint.of(16_384).encodedLength()).isEqualTo(4);
        assertThat(QuicVarint.of((1L << 30) - 1).encodedLength()).isEqualTo(4);
        assertThat(QuicVarint.of(1L << 30).encodedLength()).isEqualTo(8);
        assertThat(QuicVarint.of(QuicVarint.MAX_VALUE).encodedLength()).isEqualTo(8);
    }

    @Test
    void aValueThatDoesNotFitItsLengthIsRefused() {
        assertThatThrownBy(() -> new QuicVarint(64, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuicVarint(1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuicVarint.of(QuicVarint.MAX_VALUE + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVarintCutShortIsTruncated() {
        for (String hex : new String[] {"", "c2197c5eff14e8", "9d7f3e", "7b"}) {
            CodecError e = QuicVarint.CODEC.decode(Bytes.fromHex(hex)).getLeft();
            assertThat(e).as(hex).isInstanceOf(CodecError.Truncated.class);
        }
    }

    @Test
    void theRfc9001ClientParametersDecodeTypedAndReencodeExactly() {
        QuicTransportParameters p = QuicTransportParameters.CODEC.decode(RFC9001_PARAMETERS).get();
        assertThat(p.transportParameters().map(t -> t.id().value())).containsExactly(4L, 5L, 7L, 8L, 1L, 9L, 15L, 6L);
        assertThat(p.transportParameters().get(0).value())
                .isEqualTo(new TransportParameterValue.IntegerValue(new QuicVarint(QuicVarint.MAX_VALUE, 8)));
        assertThat(p.transportParameters().get(1).value())
                .isEqualTo(new TransportParameterValue.IntegerValue(new QuicVarint(65_535, 4)));
        assertThat(p.transportParameters().get(4).value())
                .isEqualTo(new TransportParameterValue.IntegerValue(new QuicVarint(30_000, 4)));
        assertThat(p.transportParameters().get(6).value())
                .isEqualTo(new TransportParameterValue.OpaqueValue(Bytes.fromHex("8394c8f03e515708")));
        assertThat(QuicTransportParameters.CODEC.encode(p).get()).isEqualTo(RFC9001_PARAMETERS);
    }

    @Test
    void theParametersAreTheExtensionDataOfQuicTransportParametersInClientHelloAndEncryptedExtensions() {
        Bytes ext = Bytes.fromHex("00390032").concat(RFC9001_PARAMETERS);
        for (ExtensionContext c : new ExtensionContext[] {ExtensionContext.CLIENT_HELLO, ExtensionContext.ENCRYPTED_EXTENSIONS}) {
            Extension e = Extensions.extension(c).decode(ext).get();
            assertThat(e).isInstanceOf(QuicTransportParameters.class);
            assertThat(e.type()).isEqualTo(ExtensionType.QUIC_TRANSPORT_PARAMETERS);
            assertThat(Extensions.extension(c).encode(e).get()).isEqualTo(ext);
        }
    }

    @Test
    void greaseUnknownAndEmptyParametersStayOpaque() {
        // GREASE id 31*1+27 = 58, an unknown id 0x4000 in two bytes, disable_active_migration (0x0c) empty.
        Bytes bytes = Bytes.fromHex("3a03aabbcc" + "800040000100" + "0c00");
        QuicTransportParameters p = QuicTransportParameters.CODEC.decode(bytes).get();
        assertThat(p.transportParameters().get(0).grease()).isTrue();
        assertThat(p.transportParameters().get(0).value()).isEqualTo(new TransportParameterValue.OpaqueValue(Bytes.fromHex("aabbcc")));
        assertThat(p.transportParameters().get(1).id()).isEqualTo(new QuicVarint(0x4000, 4));
        assertThat(p.transportParameters().get(1).grease()).isFalse();
        assertThat(p.transportParameters().get(2)).isEqualTo(TransportParameter.opaque(0x0c, Bytes.empty()));
        assertThat(QuicTransportParameters.CODEC.encode(p).get()).isEqualTo(bytes);
    }

    @Test
    void paddedIdsAndLengthsOfAnIntegerParameterReencodeExactly() {
        // max_idle_timeout with its id in 2 bytes, its length in 2 bytes, its value 10 in 4 bytes.
        Bytes bytes = Bytes.fromHex("4001" + "4004" + "8000000a");
        TransportParameter t = TransportParameter.CODEC.decode(bytes).get();
        assertThat(t.value()).isEqualTo(new TransportParameterValue.IntegerValue(new QuicVarint(10, 4)));
        assertThat(TransportParameter.CODEC.encode(t).get()).isEqualTo(bytes);
        assertThat(TransportParameter.CODEC.encode(TransportParameter.integer(1, 10)).get()).isEqualTo(Bytes.fromHex("01010a"));
    }

    @Test
    void anIntegerParameterWhoseVarintDoesNotFillItsLengthIsInvalid() {
        CodecError e = QuicTransportParameters.CODEC.decode(Bytes.fromHex("01020a00")).getLeft();
        assertThat(e).isInstanceOf(CodecError.Invalid.class);
        assertThat(e.path()).hasToString("transport_parameters[0].value");
        CodecError empty = QuicTransportParameters.CODEC.decode(Bytes.fromHex("0100")).getLeft();
        assertThat(empty).isInstanceOf(CodecError.Invalid.class);
    }

    @Test
    void aParameterLongerThanTheInputIsTruncatedAndInsideAnExtensionAnOverrun() {
        assertThat(QuicTransportParameters.CODEC.decode(Bytes.fromHex("0f08aabb")).getLeft()).isInstanceOf(CodecError.Truncated.class);
        CodecError inExtension = Extensions.extension(ExtensionContext.CLIENT_HELLO).decode(Bytes.fromHex("003900040f08aabb")).getLeft();
        assertThat(inExtension).isInstanceOf(CodecError.Overrun.class);
        assertThat(inExtension.path()).hasToString("quic_transport_parameters.transport_parameters[0].value");
    }

    @Test
    void aLengthBeyondAnyInputIsTruncatedNotAnOverflow() {
        CodecError e = QuicTransportParameters.CODEC.decode(Bytes.fromHex("0fffffffffffffffff00")).getLeft();
        assertThat(e).isInstanceOf(CodecError.Truncated.class);
    }

    @Test
    void aParameterWhoseLengthDisagreesWithItsValueCannotBeBuilt() {
        assertThatThrownBy(() -> new TransportParameter(QuicVarint.of(1), QuicVarint.of(2),
                new TransportParameterValue.IntegerValue(QuicVarint.of(3))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new QuicTransportParameters(Vector.empty()).type()).isEqualTo(ExtensionType.QUIC_TRANSPORT_PARAMETERS);
    }
}
