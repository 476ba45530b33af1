package org.tlscodec.crypto.kx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tlscodec.crypto.kx.Fixtures.random;
import static org.tlscodec.crypto.kx.Fixtures.right;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.NamedGroup;

/** Every key exchange value that holds a private key or a secret prints only sizes, never the secret's bytes. */
class KxSecretsNeverPrintedTest {

    @Test
    void keyPairsSharesAndPremastersHideTheirSecrets() {
        SecureRandom random = random("printing");
        KeyExchangeGroup group = right(KeyExchangeGroup.of(NamedGroup.X25519));
        ClientKeyShare client = group.clientShare(random);
        ServerKeyShare server = right(group.respond(client.keyExchange(), random));
        assertHidden(server, server.sharedSecret());
        assertHidden(client, server.sharedSecret());

        XdhKeyPair xdh = right(Xdh.X25519.keyPair(Bytes.fromHex("a1b2c3d4".repeat(8))));
        assertHidden(xdh, Bytes.fromHex("a1b2c3d4".repeat(8)));
        EcKeyPair ec = right(EcCurve.SECP256R1.keyPair(Bytes.fromHex("a1b2c3d4".repeat(8))));
        assertHidden(ec, Bytes.fromHex("a1b2c3d4".repeat(8)));
        DhKeyPair dh = new DhKeyPair(DhGroup.FFDHE2048, new java.math.BigInteger("a1b2c3d4a1b2c3d4a1b2c3d4", 16), java.math.BigInteger.TWO);
        assertHidden(dh, Bytes.fromHex("a1b2c3d4a1b2c3d4a1b2c3d4"));

        MlKemKeyPair kem = MlKem.ML_KEM_512.generateKeyPair(random);
        MlKemEncapsulation enc = right(MlKem.ML_KEM_512.encapsulate(kem.encapsulationKey(), random));
        assertHidden(enc, enc.sharedSecret());
        assertThat(kem.toString()).contains("<hidden>").doesNotContain(kem.encapsulationKey().hex().substring(0, 16));

        Bytes psk = Bytes.fromHex("a1b2c3d4e5f60718");
        assertHidden(new PskPremaster(Bytes.fromHex("1122334455667788"), psk), psk);
        assertHidden(new PskPremaster(Bytes.fromHex("1122334455667788"), psk), Bytes.fromHex("1122334455667788"));

        SrpServer srp = right(SrpServer.start(SrpGroup.SRP_1024, Bytes.ofUnsigned(7), Bytes.fromHex("a1b2c3d4e5f60718"), random));
        assertThat(srp.toString()).contains("<hidden>").doesNotContain("a1b2c3d4");
        SrpClientExchange exchange = new SrpClientExchange(Bytes.ofUnsigned(1), Bytes.fromHex("a1b2c3d4e5f60718"));
        assertHidden(exchange, Bytes.fromHex("a1b2c3d4e5f60718"));
    }

    private static void assertHidden(Object holder, Bytes secret) {
        String text = holder.toString();
        assertThat(text).as(holder.getClass().getSimpleName()).doesNotContainIgnoringCase(secret.hex().substring(0, 8));
        assertThat(text).containsAnyOf("<hidden>", "<" + secret.size() + " bytes>");
    }
}
