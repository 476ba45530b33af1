package org.tlscodec.vectors.session.built;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.SecureRandom;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.DHPrivateKeySpec;
import javax.crypto.spec.DHPublicKeySpec;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.LegacyKeys;
import org.tlscodec.crypto.kx.DhGroup;
import org.tlscodec.crypto.pki.SeededRandom;
import org.tlscodec.session.conversation.Conversation;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.record.RecordContent;
import org.tlscodec.session.secrets.EphemeralAgreement;
import org.tlscodec.session.secrets.SuiteParameters;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.tls.handshake.ClientKeyExchangeDh;
import org.tlscodec.tls.handshake.ServerDHParams;
import org.tlscodec.tls.handshake.ServerHelloDone;
import org.tlscodec.tls.handshake.ServerKeyExchangeDh;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.CompressionMethod;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * Finite-field ephemeral keys as a secret source (RFC 7919 ffdhe, RFC 3526 MODP; RFC 5246 section
 * 8.1.2): a TLS 1.2 DHE conversation built with the encode steps decrypts from either side's known
 * private exponent alone, in a named and in an explicit group; the master secret is the one the
 * JCA's own DH agreement gives; a TLS 1.3 ffdhe key share agrees as the JCA does, padded.
 */
class FfdheConversationTest {
    private static final CipherSuite SUITE = CipherSuite.TLS_DH_ANON_WITH_AES_128_CBC_SHA;
    private static final Bytes REQUEST = Bytes.of("GET /dhe HTTP/1.1\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    private static Bytes exponent(String who) {
        SecureRandom r = SeededRandom.of(Bytes.fromHex("0123456789"), "ffdhe test " + who);
        byte[] x = new byte[32];
        r.nextBytes(x);
        x[0] |= 0x40;
        return Bytes.of(x);
    }

    private static final Bytes SERVER_X = exponent("server");
    private static final Bytes CLIENT_X = exponent("client");

    private static Tls12Builder build(DhGroup group) {
        Bytes ys = group.keyPair(SERVER_X).get().publicValue();
        Bytes yc = group.keyPair(CLIENT_X).get().publicValue();
        return Tls12Builder.start(KnownSecrets.none().withEphemeralKey(ConnectionEnd.SERVER, NamedGroup.FFDHE2048, SERVER_X))
                .handshake(ConnectionEnd.CLIENT, Tls12Builder.clientHello(5, Vector.of(SUITE), Vector.of(CompressionMethod.NULL), Vector.empty()))
                .handshake(ConnectionEnd.SERVER, Tls12Builder.serverHello(6, SUITE, CompressionMethod.NULL, Vector.empty()),
                        new ServerKeyExchangeDh(new ServerDHParams(group.p(), group.g(), ys), Option.none()), new ServerHelloDone())
                .handshake(ConnectionEnd.CLIENT, new ClientKeyExchangeDh(Option.some(yc)))
                .finish()
                .applicationData(ConnectionEnd.CLIENT, REQUEST);
    }

    /** Z by the JCA's DH KeyAgreement from the client's exponent and the server's public value, leading zeros stripped. */
    private static Bytes jcaPremaster(DhGroup group, Bytes x, Bytes peerY) throws Exception {
        BigInteger p = new BigInteger(1, group.p().toArray());
        BigInteger g = new BigInteger(1, group.g().toArray());
        KeyFactory kf = KeyFactory.getInstance("DH");
        KeyAgreement ka = KeyAgreement.getInstance("DH");
        ka.init(kf.generatePrivate(new DHPrivateKeySpec(new BigInteger(1, x.toArray()), p, g)));
        ka.doPhase(kf.generatePublic(new DHPublicKeySpec(new BigInteger(1, peerY.toArray()), p, g)), true);
        byte[] z = ka.generateSecret();
        int zeros = 0;
        while (zeros < z.length - 1 && z[zeros] == 0) {
            zeros++;
        }
        return Bytes.of(z).drop(zeros);
    }

    private static void decrypts(Dissection d) {
        assertThat(d.records().flatMap(DissectedRecord::error)).isEmpty();
        assertThat(d.summary().decrypted()).isTrue();
        assertThat(d.records().flatMap(DissectedRecord::contents).filter(c -> c instanceof RecordContent.ApplicationData))
                .containsExactly(new RecordContent.ApplicationData(REQUEST));
    }

    @Test
    void aDheConversationInFfdhe2048DecryptsFromTheServersExponentAloneToTheJcasMasterSecret() throws Exception {
        Tls12Builder b = build(DhGroup.FFDHE2048);
        Dissection d = Conversation.dissect(b.chunks(), KnownSecrets.none().withEphemeralKey(ConnectionEnd.SERVER, NamedGroup.FFDHE2048, SERVER_X));

        decrypts(d);
        Bytes z = jcaPremaster(DhGroup.FFDHE2048, CLIENT_X, DhGroup.FFDHE2048.keyPair(SERVER_X).get().publicValue());
        Bytes master = LegacyKeys.masterSecret(SuiteParameters.prf(d.session()).get(), z, d.session().negotiated().clientRandom().get(),
                d.session().negotiated().serverRandom().get()).get();
        assertThat(d.session().secrets().masterSecret()).contains(master);
    }

    @Test
    void theClientsExponentAloneDecryptsItToo() {
        Dissection d = Conversation.dissect(build(DhGroup.FFDHE2048).chunks(),
                KnownSecrets.none().withEphemeralKey(ConnectionEnd.CLIENT, NamedGroup.FFDHE2048, CLIENT_X));
        decrypts(d);
    }

    @Test
    void anRfc3526ModpGroupSentExplicitlyDecryptsTheSameWay() {
        Dissection d = Conversation.dissect(build(DhGroup.MODP_2048).chunks(),
                KnownSecrets.none().withEphemeralKey(ConnectionEnd.CLIENT, NamedGroup.FFDHE2048, CLIENT_X));
        decrypts(d);
    }

    @Test
    void anExponentThatIsNeitherSidesLeavesTheRecordsOpaqueWithoutError() {
        Dissection d = Conversation.dissect(build(DhGroup.FFDHE2048).chunks(),
                KnownSecrets.none().withEphemeralKey(ConnectionEnd.CLIENT, NamedGroup.FFDHE2048, exponent("someone else")));
        assertThat(d.records().flatMap(DissectedRecord::error)).isEmpty();
        assertThat(d.records().filter(DissectedRecord::protectedRecord).exists(DissectedRecord::decrypted)).isFalse();
    }

    @Test
    void aTls13Ffdhe2048KeyShareAgreesAsTheJcaDoesPaddedToThePrime() throws Exception {
        Bytes serverShare = DhGroup.FFDHE2048.keyPair(SERVER_X).get().publicValuePadded();
        Bytes z = EphemeralAgreement.sharedSecret(NamedGroup.FFDHE2048, CLIENT_X, serverShare).get();

        Bytes jca = jcaPremaster(DhGroup.FFDHE2048, CLIENT_X, serverShare);
        assertThat(z.size()).isEqualTo(256);
        assertThat(z).isEqualTo(Bytes.of(new byte[256 - jca.size()]).concat(jca));
    }
}
