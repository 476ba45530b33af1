package org.tlscodec.vectors.crypto.kx;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.LegacyKeys;
import org.tlscodec.crypto.kdf.Prf;
import org.tlscodec.crypto.keylog.KeyLog;
import org.tlscodec.crypto.keylog.KeyLogFormat;
import org.tlscodec.crypto.kx.RsaPremaster;
import org.tlscodec.crypto.pki.SeededRandom;
import org.tlscodec.crypto.x509.Keys;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.ClientKeyExchangeRsa;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.record.ReassembledHandshake;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.vectors.data.Captures;

/**
 * The static-RSA key exchange of a real OpenSSL 3.0 session (capture tls12_rsa_aes128_sha): the
 * client's ClientKeyExchange, read from the captured stream with the record layer and the
 * handshake codec, decrypts under the server's key (pki/server-rsa.key) to the premaster of the
 * key log's RSA line; that premaster and the session hash of ClientHello..ClientKeyExchange give the
 * extended master secret (RFC 7627) of the key log's CLIENT_RANDOM line. A ciphertext with broken
 * padding decrypts, with no error, to another 48-byte premaster (RFC 5246 section 7.4.7.1).
 */
class RsaKeyExchangeCaptureTest {
    private static final String CAPTURE = "tls12_rsa_aes128_sha";
    private static final Prf PRF = new Prf.Tls12(HashAlgorithm.SHA256);

    private final Vector<ReassembledHandshake> client = CaptureHandshake.messages(CAPTURE, 0, Captures.Side.CLIENT, false);
    private final Vector<ReassembledHandshake> server = CaptureHandshake.messages(CAPTURE, 0, Captures.Side.SERVER, false);
    private final ClientHello clientHello = (ClientHello) decode(WireContext.initial(), client.head());
    private final ServerHello serverHello = (ServerHello) decode(WireContext.initial(), server.head());
    private final WireContext negotiated = WireContext.negotiated(serverHello.negotiatedVersion(), serverHello.cipherSuite());
    private final ReassembledHandshake clientKeyExchange = client.find(m -> m.message().msgType().equals(HandshakeType.CLIENT_KEY_EXCHANGE)).get();
    private final Bytes encryptedPremaster = ((ClientKeyExchangeRsa) decode(negotiated, clientKeyExchange)).preMasterSecret();
    private final KeyLog keyLog = keyLog();
    private final RSAPrivateKey serverKey = serverKey();

    @Test
    void theClientKeyExchangeDecryptsToTheKeyLogsRsaPremaster() {
        assertThat(clientHello.legacyVersion()).isEqualTo(ProtocolVersion.TLS_1_2);
        assertThat(encryptedPremaster.size()).isEqualTo(256); // RSA-2048
        Bytes premaster = RsaPremaster.decrypt(serverKey, encryptedPremaster, clientHello.legacyVersion(), random("decrypt"));
        assertThat(keyLog.rsaPremaster(encryptedPremaster)).contains(premaster);
        assertThat(premaster.take(2)).isEqualTo(Bytes.fromHex("0303"));
    }

    @Test
    void theDecryptedPremasterAndTheSessionHashGiveTheKeyLogsExtendedMasterSecret() {
        Bytes premaster = RsaPremaster.decrypt(serverKey, encryptedPremaster, clientHello.legacyVersion(), random("decrypt"));
        // RFC 7627 section 3: every handshake message sent or received up to and including ClientKeyExchange.
        Vector<ReassembledHandshake> serverFlight = server.take(server.indexWhere(m -> m.message().msgType().equals(HandshakeType.SERVER_HELLO_DONE)) + 1);
        Vector<ReassembledHandshake> transcript = Vector.of(client.head()).appendAll(serverFlight)
                .appendAll(client.tail().take(client.indexOf(clientKeyExchange)));
        assertThat(transcript.map(m -> m.message().msgType())).containsExactly(HandshakeType.CLIENT_HELLO, HandshakeType.SERVER_HELLO,
                HandshakeType.CERTIFICATE, HandshakeType.SERVER_HELLO_DONE, HandshakeType.CLIENT_KEY_EXCHANGE);
        Bytes sessionHash = LegacyKeys.sessionHash(PRF, transcript.map(ReassembledHandshake::bytes).fold(Bytes.empty(), Bytes::concat));
        Bytes masterSecret = LegacyKeys.extendedMasterSecret(PRF, premaster, sessionHash).get();
        assertThat(keyLog.masterSecret(clientHello.random().bytes())).contains(masterSecret);
    }

    @Test
    void aCiphertextWithBrokenPaddingGivesAnother48BytePremasterAndNoError() {
        Bytes truePremaster = keyLog.rsaPremaster(encryptedPremaster).get();
        // RSA is malleable: multiplying the ciphertext by 2^e multiplies the plaintext by 2, which
        // shifts 00 02 ... into 00 04 ... or past the modulus: the PKCS#1 padding is no longer valid.
        java.math.BigInteger n = serverKey.getModulus();
        java.math.BigInteger e = java.math.BigInteger.valueOf(65537);
        java.math.BigInteger c = new java.math.BigInteger(1, encryptedPremaster.toArray());
        java.math.BigInteger tampered = c.multiply(java.math.BigInteger.TWO.modPow(e, n)).mod(n);
        Bytes badCiphertext = Bytes.of(org.bouncycastle.util.BigIntegers.asUnsignedByteArray(256, tampered));

        Bytes premaster = RsaPremaster.decrypt(serverKey, badCiphertext, clientHello.legacyVersion(), random("bad padding"));
        assertThat(premaster.size()).isEqualTo(RsaPremaster.LENGTH);
        assertThat(premaster).isNotEqualTo(truePremaster);
        assertThat(premaster.take(2)).isEqualTo(Bytes.fromHex("0303"));
        // It is client_version || R with R the first random bytes drawn, so it cannot depend on what was wrong.
        Bytes flipped = Bytes.of(flipLastByte(encryptedPremaster.toArray()));
        assertThat(RsaPremaster.decrypt(serverKey, flipped, clientHello.legacyVersion(), random("bad padding"))).isEqualTo(premaster);
        // And the master secret made from it is not the session's.
        assertThat(LegacyKeys.extendedMasterSecret(PRF, premaster, Bytes.zeros(32)).get())
                .isNotEqualTo(LegacyKeys.extendedMasterSecret(PRF, truePremaster, Bytes.zeros(32)).get());
    }

    private static byte[] flipLastByte(byte[] b) {
        b[b.length - 1] ^= 1;
        return b;
    }

    private static SecureRandom random(String purpose) {
        return SeededRandom.of(Bytes.utf8(CAPTURE), purpose);
    }

    private static HandshakeMessage decode(WireContext ctx, ReassembledHandshake message) {
        return CaptureHandshake.decode(ctx, message);
    }

    private static KeyLog keyLog() {
        return KeyLogFormat.read(Captures.keyLog(CAPTURE).get()).log();
    }

    private static RSAPrivateKey serverKey() {
        String pem = new String(Captures.resource("pki/server-rsa.key").get().toArray(), StandardCharsets.US_ASCII);
        Bytes pkcs8 = Keys.parsePrivateKeyPem(pem).get().privateKeyInfo();
        return (RSAPrivateKey) Keys.privateKey(pkcs8).get();
    }
}
