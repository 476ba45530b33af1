package org.tlscodec.bench.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.tlscodec.bench.baseline.MalformedInput;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.extension.KeyShareClientHello;
import org.tlscodec.tls.extension.RecordSizeLimit;
import org.tlscodec.tls.handshake.Certificate;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.Handshake;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.Random;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.handshake.ServerHelloDone;
import org.tlscodec.tls.handshake.ServerKeyExchangeEcdh;

/** The benchmarks compare two implementations on real bytes; these show both read and write the same values. */
class TlsAgreementTest {
    private static final Bytes CLIENT_HELLO = TlsInputs.rfc8448ClientHello().get();
    private static final Bytes FLIGHT = TlsInputs.tls12ServerFlight().get();

    private static ByteBuffer buffer(Bytes b) {
        return ByteBuffer.wrap(b.toArray());
    }

    private static HandshakeMessage combinatorHello() {
        return Handshake.codec(WireContext.initial()).decode(CLIENT_HELLO).get();
    }

    @Test
    void rfc8448ClientHelloIsReadAsTheTypedTls13HelloWithNineExtensions() {
        ClientHello hello = (ClientHello) combinatorHello();
        assertThat(hello.random()).isInstanceOf(Random.Tls13.class);
        assertThat(hello.extensions().get()).hasSize(9);
        assertThat(hello.extensions().get()).anyMatch(e -> e instanceof KeyShareClientHello)
                .anyMatch(e -> e instanceof RecordSizeLimit r && r.recordSizeLimit() == 16385);
    }

    @Test
    void bothSidesDecodeTheRfc8448ClientHelloToEqualValues() {
        assertThat(TlsHandParser.clientHello(buffer(CLIENT_HELLO))).isEqualTo(combinatorHello());
        assertThat(TlsHandParser.clientHello(buffer(CLIENT_HELLO), CLIENT_HELLO)).isEqualTo(combinatorHello());
    }

    @Test
    void bothSidesEncodeTheRfc8448ClientHelloToItsBytes() {
        ClientHello hello = TlsHandParser.clientHello(buffer(CLIENT_HELLO));
        assertThat(Handshake.codec(WireContext.initial()).encode(hello).get()).isEqualTo(CLIENT_HELLO);
        assertThat(TlsHandWriter.clientHello(hello)).isEqualTo(CLIENT_HELLO);
        assertThat(Bytes.of(TlsHandWriter.clientHelloArray(hello))).isEqualTo(CLIENT_HELLO);
    }

    @Test
    void theFlightIsFourRecordsOfServerHelloCertificateEcdheKeyExchangeAndDone() {
        ServerFlight flight = ServerFlight.decode(FLIGHT).get();
        assertThat(flight.records()).hasSize(4);
        assertThat(flight.messages()).hasSize(4);
        assertThat(flight.messages().get(0)).isInstanceOf(ServerHello.class);
        assertThat(((ServerHello) flight.messages().get(0)).random()).isInstanceOf(Random.Tls12.class);
        assertThat(flight.messages().get(1)).isInstanceOfSatisfying(Certificate.Tls12.class,
                c -> assertThat(c.certificateList()).hasSize(2));
        assertThat(flight.messages().get(2)).isInstanceOfSatisfying(ServerKeyExchangeEcdh.class,
                k -> assertThat(k.signedParams()).isNotEmpty());
        assertThat(flight.messages().get(3)).isEqualTo(new ServerHelloDone());
    }

    @Test
    void bothSidesDecodeTheServerFlightToEqualValues() {
        ServerFlight combinators = ServerFlight.decode(FLIGHT).get();
        assertThat(TlsHandParser.serverFlight(buffer(FLIGHT))).isEqualTo(combinators);
        assertThat(TlsHandParser.serverFlight(buffer(FLIGHT), FLIGHT)).isEqualTo(combinators);
    }

    @Test
    void bothSidesEncodeTheServerFlightToItsBytes() {
        ServerFlight flight = TlsHandParser.serverFlight(buffer(FLIGHT));
        assertThat(ServerFlight.encode(flight).get()).isEqualTo(FLIGHT);
        assertThat(TlsHandWriter.serverFlight(flight)).isEqualTo(FLIGHT);
        assertThat(Bytes.of(TlsHandWriter.serverFlightArray(flight))).isEqualTo(FLIGHT);
    }

    @Test
    void theBaselineRefusesEveryTruncationOfTheFlightAsTheCombinatorsDo() {
        for (int n = 0; n < FLIGHT.size(); n++) {
            Bytes cut = FLIGHT.take(n);
            assertThat(ServerFlight.decode(cut).isLeft()).as("combinators, %d bytes", n).isTrue();
            assertThatThrownBy(() -> TlsHandParser.serverFlight(buffer(cut))).as("baseline, %d bytes", n)
                    .isInstanceOf(MalformedInput.class);
        }
    }

    @Test
    void theBaselineRefusesEveryTruncationOfTheClientHelloAsTheCombinatorsDo() {
        for (int n = 0; n < CLIENT_HELLO.size(); n++) {
            Bytes cut = CLIENT_HELLO.take(n);
            assertThat(Handshake.codec(WireContext.initial()).decode(cut).isLeft()).as("combinators, %d bytes", n).isTrue();
            assertThatThrownBy(() -> TlsHandParser.clientHello(buffer(cut))).as("baseline, %d bytes", n)
                    .isInstanceOf(MalformedInput.class);
        }
    }
}
