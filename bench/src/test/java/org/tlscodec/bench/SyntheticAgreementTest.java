package org.tlscodec.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.nio.ByteBuffer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tlscodec.bench.baseline.HandParser;
import org.tlscodec.bench.baseline.HandWriter;
import org.tlscodec.bench.baseline.MalformedInput;
import org.tlscodec.bench.synthetic.ClientHello;
import org.tlscodec.bench.synthetic.Handshake;
import org.tlscodec.bench.synthetic.Samples;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;

/** The benchmark compares two implementations of one structure; these show they are the same one. */
class SyntheticAgreementTest {

    private static Bytes wire(String sample) {
        return Handshake.CODEC.encode(Samples.named(sample)).get();
    }

    private static Handshake handParse(Bytes bytes) {
        return HandParser.parse(ByteBuffer.wrap(bytes.toArray()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"classic", "postQuantum"})
    void bothDecodeTheSampleBytesToTheSampleValue(String sample) {
        Bytes bytes = wire(sample);
        Handshake expected = Samples.named(sample);

        assertThat(Handshake.CODEC.decode(bytes).get()).isEqualTo(expected);
        assertThat(handParse(bytes)).isEqualTo(expected);
        assertThat(HandParser.parse(ByteBuffer.wrap(bytes.toArray()), bytes)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"classic", "postQuantum"})
    void bothEncodeTheSampleValueToIdenticalBytes(String sample) {
        Handshake value = Samples.named(sample);
        Bytes byCombinators = Handshake.CODEC.encode(value).get();

        assertThat(HandWriter.write(value)).isEqualTo(byCombinators);
        assertThat(Bytes.of(HandWriter.writeArray(value))).isEqualTo(byCombinators);
    }

    @ParameterizedTest
    @ValueSource(strings = {"classic", "postQuantum"})
    void theSampleRoundTripsThroughEitherSideAndAcrossThem(String sample) {
        Bytes bytes = wire(sample);

        assertThat(Handshake.CODEC.encode(Handshake.CODEC.decode(bytes).get()).get()).isEqualTo(bytes);
        assertThat(HandWriter.write(handParse(bytes))).isEqualTo(bytes);
        assertThat(Handshake.CODEC.encode(handParse(bytes)).get()).isEqualTo(bytes);
        assertThat(HandWriter.write(Handshake.CODEC.decode(bytes).get())).isEqualTo(bytes);
    }

    @Test
    void theClassicSampleIsPaddedTo512BytesWithFifteenOrMoreExtensions() {
        Handshake classic = Samples.classic();

        assertThat(wire("classic").size()).isEqualTo(Samples.PADDED_LENGTH);
        assertThat(classic.body().extensions().size()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void thePostQuantumSampleCarriesKeySharesOf1216And32Bytes() {
        assertThat(wire("postQuantum").size()).isBetween(1400, 1700);
        assertThat(wire("postQuantum").hex()).contains("11ec04c0").contains("001d0020");
    }

    @ParameterizedTest
    @ValueSource(strings = {"classic", "postQuantum"})
    void bothRejectEveryProperPrefixOfTheSample(String sample) {
        Bytes bytes = wire(sample);
        for (int n = 0; n < bytes.size(); n++) {
            Bytes prefix = bytes.take(n);
            assertThat(Handshake.CODEC.decode(prefix).isLeft()).as("combinators on a prefix of %d bytes", n).isTrue();
            assertThatThrownBy(() -> handParse(prefix)).as("hand parser on a prefix of %d bytes", n)
                    .isInstanceOf(MalformedInput.class);
        }
    }

    @Test
    void bothRejectTheSampleWithATrailingByte() {
        Bytes longer = wire("classic").concat(Bytes.ofUnsigned(0));

        assertThat(Handshake.CODEC.decode(longer).getLeft()).isInstanceOf(CodecError.TrailingBytes.class);
        assertThatThrownBy(() -> handParse(longer)).isInstanceOf(MalformedInput.class);
    }

    /**
     * Every byte of the message changed in several ways: the two parsers accept exactly the same
     * mutants, and make the same value of each, which is what "the same bounds checks" means.
     */
    @Test
    void bothAcceptTheSameMutantsOfTheSampleAndDecodeThemAlike() {
        byte[] original = wire("classic").toArray();
        int[] deltas = {1, -1, 0x80, 0xff};
        int accepted = 0;
        for (int at = 0; at < original.length; at++) {
            for (int delta : deltas) {
                byte[] mutant = original.clone();
                mutant[at] = (byte) (mutant[at] + delta);
                Bytes bytes = Bytes.of(mutant);
                Either<CodecError, Handshake> byCombinators = Handshake.CODEC.decode(bytes);
                if (byCombinators.isRight()) {
                    accepted++;
                    assertThat(handParse(bytes)).as("byte %d %+d", at, delta).isEqualTo(byCombinators.get());
                } else {
                    assertThatThrownBy(() -> handParse(bytes)).as("byte %d %+d: %s", at, delta, byCombinators.getLeft())
                            .isInstanceOf(MalformedInput.class);
                }
            }
        }
        // Most bytes are payload, so most mutants are valid: the check is not vacuous either way.
        assertThat(accepted).isBetween(original.length, 4 * original.length - 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"shortRandom", "longSessionId", "noCipherSuites", "suiteTooWide", "noCompression"})
    void bothRefuseToEncodeAValueOutsideTheBounds(String change) {
        Handshake bad = changed(Samples.classic(), change);

        assertThat(Handshake.CODEC.encode(bad).isLeft()).isTrue();
        assertThatThrownBy(() -> HandWriter.write(bad)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Handshake changed(Handshake h, String change) {
        ClientHello c = h.body();
        UnaryOperator<ClientHello> edit;
        switch (change) {
            case "shortRandom":
                edit = x -> new ClientHello(x.legacyVersion(), x.random().take(31), x.legacySessionId(), x.cipherSuites(),
                        x.legacyCompressionMethods(), x.extensions());
                break;
            case "longSessionId":
                edit = x -> new ClientHello(x.legacyVersion(), x.random(), Bytes.zeros(33), x.cipherSuites(),
                        x.legacyCompressionMethods(), x.extensions());
                break;
            case "noCipherSuites":
                edit = x -> new ClientHello(x.legacyVersion(), x.random(), x.legacySessionId(), Vector.empty(),
                        x.legacyCompressionMethods(), x.extensions());
                break;
            case "suiteTooWide":
                edit = x -> new ClientHello(x.legacyVersion(), x.random(), x.legacySessionId(), x.cipherSuites().append(0x10000),
                        x.legacyCompressionMethods(), x.extensions());
                break;
            default:
                edit = x -> new ClientHello(x.legacyVersion(), x.random(), x.legacySessionId(), x.cipherSuites(),
                        Bytes.empty(), x.extensions());
                break;
        }
        return new Handshake(h.msgType(), edit.apply(c));
    }
}
