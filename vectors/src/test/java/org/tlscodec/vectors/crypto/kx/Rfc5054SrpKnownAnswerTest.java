package org.tlscodec.vectors.crypto.kx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kx.Srp;
import org.tlscodec.crypto.kx.SrpClient;
import org.tlscodec.crypto.kx.SrpClientExchange;
import org.tlscodec.crypto.kx.SrpGroup;
import org.tlscodec.crypto.kx.SrpServer;
import org.tlscodec.crypto.pki.SeededRandom;

/**
 * SRP against RFC 5054 appendix B (kat/rfc5054_srp.json): the 1024-bit group's N and g, k, x, the
 * verifier v, both public values A and B from the appendix's a and b, u, and the premaster secret
 * reached by the client and by the server.
 */
class Rfc5054SrpKnownAnswerTest {
    private static final JsonNode KAT = KxKat.json("rfc5054_srp.json");
    /** Only blinds the exponentiations; the values do not depend on it. */
    private static final SecureRandom BLINDING = SeededRandom.of(Bytes.utf8("rfc5054"), "blinding");

    private final Bytes identity = Bytes.utf8(KAT.path("I").asText());
    private final Bytes password = Bytes.utf8(KAT.path("P").asText());
    private final Bytes salt = KxKat.hex(KAT, "s");

    @Test
    void appendixBGroupIsTheAppendixA1024BitGroupAndGivesK() {
        SrpGroup group = KxKat.right(SrpGroup.fromParameters(KxKat.hex(KAT, "N"), KxKat.hex(KAT, "g")));
        assertThat(group).isEqualTo(SrpGroup.SRP_1024);
        assertThat(group.n()).isEqualTo(KxKat.hex(KAT, "N"));
        assertThat(Srp.k(group)).isEqualTo(KxKat.hex(KAT, "k"));
    }

    @Test
    void appendixBPasswordGivesXAndTheVerifier() {
        assertThat(Srp.x(salt, identity, password)).isEqualTo(KxKat.hex(KAT, "x"));
        assertThat(Srp.verifier(SrpGroup.SRP_1024, salt, identity, password)).isEqualTo(KxKat.hex(KAT, "v"));
    }

    @Test
    void appendixBPrivateValuesGiveABUAndTheSamePremasterOnBothSides() {
        SrpServer server = KxKat.right(SrpServer.start(SrpGroup.SRP_1024, KxKat.hex(KAT, "v"), KxKat.hex(KAT, "b"), BLINDING));
        assertThat(server.publicB()).isEqualTo(KxKat.hex(KAT, "B"));

        SrpClientExchange client = KxKat.right(SrpClient.exchange(SrpGroup.SRP_1024, salt, identity, password, server.publicB(),
                KxKat.hex(KAT, "a"), BLINDING));
        assertThat(client.publicA()).isEqualTo(KxKat.hex(KAT, "A"));
        assertThat(Srp.u(SrpGroup.SRP_1024, client.publicA(), server.publicB())).isEqualTo(KxKat.hex(KAT, "u"));
        assertThat(client.premaster()).isEqualTo(KxKat.hex(KAT, "premaster_secret"));
        assertThat(KxKat.right(server.premaster(client.publicA(), BLINDING))).isEqualTo(KxKat.hex(KAT, "premaster_secret"));
    }
}
