package org.tlscodec.vectors.session.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.tlscodec.session.state.ConnState;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.Epoch;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.gen.Property;

/**
 * {@link TlsSession#mirror()} on generated sessions: mirroring twice gives the session back, and
 * the state that protects each sender's records (and its buffered handshake bytes) does not depend
 * on which end the session is seen from.
 */
class SessionMirrorPropertiesTest {

    private static final Gen<ConnState> CONN_STATES = Gen.zipWith(Gen.oneOfValues(Epoch.values()), Gen.ints(0, 5), (e, n) -> {
        ConnState c = e.protectsRecords() ? ConnState.unknownKeys(e) : ConnState.initial();
        for (int i = 0; i < n; i++) {
            c = c.counted();
        }
        return c;
    });

    private static final Gen<TlsSession> SESSIONS = Gen.zip(
            Gen.zip(Gen.oneOfValues(ConnectionEnd.values()), CONN_STATES, CONN_STATES),
            Gen.zip(Gen.optionOf(CONN_STATES), Gen.optionOf(CONN_STATES)),
            Gen.zip(Gen.bytes(0, 6), Gen.bytes(0, 6))).map(t -> {
                TlsSession s = TlsSession.start(t._1._1, KnownSecrets.none())
                        .withCurrent(ConnectionEnd.CLIENT, t._1._2)
                        .withCurrent(ConnectionEnd.SERVER, t._1._3)
                        .withPending(ConnectionEnd.CLIENT, t._2._1)
                        .withPending(ConnectionEnd.SERVER, t._2._2);
                return s.withHandshakeBytes(ConnectionEnd.CLIENT, t._3._1).withHandshakeBytes(ConnectionEnd.SERVER, t._3._2);
            });

    @Test
    void mirroringTwiceGivesTheSessionBack() {
        Property.named("mirror of mirror").seed(8448).cases(500).check(SESSIONS, s -> assertThat(s.mirror().mirror()).isEqualTo(s));
    }

    @Test
    void whatProtectsEachSendersRecordsIsTheSameFromEitherEnd() {
        Property.named("mirror keeps each sender's state").seed(6101).cases(500).check(SESSIONS, s -> {
            TlsSession m = s.mirror();
            assertThat(m.end()).isEqualTo(s.end().peer());
            for (ConnectionEnd sender : ConnectionEnd.values()) {
                assertThat(Tuple.of(m.current(sender), m.pending(sender), m.handshakeBytes(sender)))
                        .isEqualTo(Tuple.of(s.current(sender), s.pending(sender), s.handshakeBytes(sender)));
            }
            assertThat(m.write()).isEqualTo(s.read());
        });
    }

    @Test
    void mirroringAndActivatingCommute() {
        Property.named("mirror and activate commute").seed(2246).cases(300)
                .check(Gen.zip(SESSIONS, Gen.oneOfValues(ConnectionEnd.values())), t -> {
                    TlsSession s = t._1;
                    assertThat(s.mirror().activatePending(t._2, Epoch.CIPHER_SPEC))
                            .isEqualTo(s.activatePending(t._2, Epoch.CIPHER_SPEC).mirror());
                    assertThat(s.activatePending(t._2, Epoch.CIPHER_SPEC).pending(t._2)).isEqualTo(Option.none());
                });
    }

}
