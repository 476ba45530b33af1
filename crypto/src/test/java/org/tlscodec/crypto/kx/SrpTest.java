package org.tlscodec.crypto.kx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tlscodec.crypto.kx.Fixtures.left;
import static org.tlscodec.crypto.kx.Fixtures.random;
import static org.tlscodec.crypto.kx.Fixtures.right;

import java.math.BigInteger;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

/**
 * SRP: client and server reach the same premaster; a public value that is 0 modulo N is refused on
 * either side (RFC 5054 sections 2.5.3, 2.5.4); a ServerKeyExchange group must be one of appendix A.
 */
class SrpTest {
    private static final Bytes SALT = Bytes.fromHex("0011223344556677");
    private static final Bytes IDENTITY = Bytes.utf8("user");
    private static final Bytes PASSWORD = Bytes.utf8("secret");

    @Test
    void clientAndServerReachTheSamePremaster() {
        SrpGroup group = SrpGroup.SRP_2048;
        SrpServer server = SrpServer.start(group, Srp.verifier(group, SALT, IDENTITY, PASSWORD), random("srp server"));
        SrpClientExchange client = right(SrpClient.exchange(group, SALT, IDENTITY, PASSWORD, server.publicB(), random("srp client")));
        assertThat(right(server.premaster(client.publicA(), random("srp blinding")))).isEqualTo(client.premaster());
        SrpClientExchange wrongPassword = right(SrpClient.exchange(group, SALT, IDENTITY, Bytes.utf8("guess"), server.publicB(),
                random("srp client")));
        assertThat(right(server.premaster(wrongPassword.publicA(), random("srp blinding")))).isNotEqualTo(wrongPassword.premaster());
    }

    @Test
    void aPublicValueThatIsZeroModuloNIsRefused() {
        SrpGroup group = SrpGroup.SRP_1024;
        Bytes n = group.n();
        Bytes twoN = Bytes.of(BigIntegers.asUnsignedByteArray(new BigInteger(1, n.toArray()).shiftLeft(1)));
        for (Bytes b : new Bytes[] {Bytes.ofUnsigned(0), n, twoN}) {
            KxError error = left(SrpClient.exchange(group, SALT, IDENTITY, PASSWORD, b, random("zero B")));
            assertThat(error).isEqualTo(new KxError.ZeroModN("B"));
            assertThat(error.message()).contains("B % N must not be 0");
        }
        SrpServer server = SrpServer.start(group, Srp.verifier(group, SALT, IDENTITY, PASSWORD), random("zero A"));
        for (Bytes a : new Bytes[] {Bytes.empty(), n, twoN}) {
            assertThat(left(server.premaster(a, random("zero A blinding")))).isEqualTo(new KxError.ZeroModN("A"));
        }
    }

    @Test
    void onlyTheAppendixAGroupsAreAcceptedFromAServer() {
        for (SrpGroup group : SrpGroup.values()) {
            assertThat(right(SrpGroup.fromParameters(Bytes.zeros(1).concat(group.n()), group.g()))).isEqualTo(group);
        }
        assertThat(SrpGroup.values()).extracting(SrpGroup::bits).containsExactly(1024, 1536, 2048, 3072, 4096, 6144, 8192);
        KxError error = left(SrpGroup.fromParameters(SrpGroup.SRP_2048.n(), Bytes.ofUnsigned(5)));
        assertThat(error.message()).contains("RFC 5054 appendix A").contains("2048-bit N with g = 5");
    }

    @Test
    void givenPrivateValuesMustBeBelowN() {
        SrpGroup group = SrpGroup.SRP_1024;
        assertThat(left(SrpServer.start(group, Bytes.ofUnsigned(7), group.n(), random("b range"))).message()).contains("1 <= b < N");
        assertThat(left(SrpClient.exchange(group, SALT, IDENTITY, PASSWORD, Bytes.ofUnsigned(7), Bytes.ofUnsigned(0), random("a range")))
                .message()).contains("1 <= a < N");
    }
}
