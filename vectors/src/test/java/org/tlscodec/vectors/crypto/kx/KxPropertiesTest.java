package org.tlscodec.vectors.crypto.kx;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kx.ClientKeyShare;
import org.tlscodec.crypto.kx.KeyExchangeGroup;
import org.tlscodec.crypto.kx.KxError;
import org.tlscodec.crypto.kx.ServerKeyShare;
import org.tlscodec.crypto.pki.SeededRandom;
import org.tlscodec.tls.registry.NamedGroup;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.gen.Property;
import org.tlscodec.vectors.gen.PropertyRunner;

/**
 * Properties of every TLS 1.3 group, with fixed seeds and modest case counts (asymmetric crypto is
 * slow): client and server derive the same secret from fresh keys; and every invalid share (a
 * wrong length, an element outside its group in any part, on either side) is an error value, never
 * a secret. The large finite-field groups take part in the invalid-share properties, with one
 * client share each made up front; the agreement property leaves them to KeyExchangeGroupTest.
 */
class KxPropertiesTest {
    private static final Vector<NamedGroup> ALL = KeyExchangeGroup.supported();
    private static final Vector<NamedGroup> FAST = ALL.removeAll(Vector.of(
            NamedGroup.FFDHE3072, NamedGroup.FFDHE4096, NamedGroup.FFDHE6144, NamedGroup.FFDHE8192));
    /** One client share per group, and the server's answer to it, made once: mutating them is cheap, making them is not (ffdhe8192). */
    private static final Map<NamedGroup, ClientKeyShare> CLIENT_SHARES = new HashMap<>();
    private static final Map<NamedGroup, Bytes> SERVER_SHARES = new HashMap<>();

    private static PropertyRunner runner(String name, long seed, int cases) {
        return Property.named(name).seed(seed).cases(cases);
    }

    private static SecureRandom random(long seed, String purpose) {
        return SeededRandom.of(Bytes.utf8(Long.toString(seed)), purpose);
    }

    private static KeyExchangeGroup group(NamedGroup g) {
        return KxKat.right(KeyExchangeGroup.of(g));
    }

    private static synchronized ClientKeyShare clientShare(NamedGroup g) {
        return CLIENT_SHARES.computeIfAbsent(g, k -> group(k).clientShare(random(0, "client share " + k)));
    }

    private static synchronized Bytes serverShare(NamedGroup g) {
        return SERVER_SHARES.computeIfAbsent(g, k -> KxKat.right(group(k).respond(clientShare(k).keyExchange(), random(0, "server share " + k)))
                .keyExchange());
    }

    @Test
    void clientAndServerDeriveTheSameSecretInEveryGroup() {
        Gen<Tuple2<NamedGroup, Long>> cases = Gen.zip(Gen.oneOfValues(FAST), Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE));
        runner("kx: both sides agree", 0x6b78_0001L, 100).check(cases, c -> {
            KeyExchangeGroup group = group(c._1);
            ClientKeyShare client = group.clientShare(random(c._2, "client"));
            ServerKeyShare server = KxKat.right(group.respond(client.keyExchange(), random(c._2, "server")));
            assertThat(KxKat.right(client.finish(server.keyExchange()))).isEqualTo(server.sharedSecret());
        });
    }

    @Test
    void everyInvalidClientShareIsRefusedByTheServer() {
        Gen<Tuple2<NamedGroup, Bytes>> cases = Gen.oneOfValues(ALL).flatMap(g ->
                invalidShare(clientShare(g).keyExchange(), SharePart.of(g).map(p -> Tuple.of(p.clientLength(), Vector.of(p.invalidClientValues()))))
                        .map(share -> Tuple.of(g, share)));
        runner("kx: invalid client shares are refused", 0x6b78_0002L, 200).check(cases, c -> {
            Either<KxError, ServerKeyShare> response = group(c._1).respond(c._2, random(1, "server " + c._1));
            assertThat(response.isLeft()).as("%s accepted %s", c._1, c._2).isTrue();
            assertThat(response.getLeft().message()).isNotBlank();
        });
    }

    @Test
    void everyInvalidServerShareIsRefusedByTheClient() {
        Gen<Tuple2<NamedGroup, Bytes>> cases = Gen.oneOfValues(ALL).flatMap(g ->
                invalidShare(serverShare(g), SharePart.of(g).map(p -> Tuple.of(p.serverLength(), p.invalidServerValues())))
                        .map(share -> Tuple.of(g, share)));
        runner("kx: invalid server shares are refused", 0x6b78_0003L, 200).check(cases, c -> {
            Either<KxError, Bytes> secret = clientShare(c._1).finish(c._2);
            assertThat(secret.isLeft()).as("%s accepted %s", c._1, c._2).isTrue();
        });
    }

    /**
     * A share that must be refused: the valid share cut short or made longer, or with one part
     * replaced by an invalid value of that part's length.
     */
    private static Gen<Bytes> invalidShare(Bytes valid, Vector<Tuple2<Integer, Vector<Gen<Bytes>>>> parts) {
        Gen<Bytes> truncated = Gen.ints(0, valid.size() - 1).map(valid::take);
        Gen<Bytes> extended = Gen.bytes(1, 16).map(valid::concat);
        Vector<Gen<Bytes>> alternatives = Vector.of(truncated, extended);
        int offset = 0;
        for (Tuple2<Integer, Vector<Gen<Bytes>>> part : parts) {
            int from = offset;
            int to = offset + part._1;
            for (Gen<Bytes> invalid : part._2) {
                alternatives = alternatives.append(invalid.map(v -> valid.take(from).concat(v).concat(valid.drop(to))));
            }
            offset = to;
        }
        assertThat(offset).isEqualTo(valid.size());
        return Gen.oneOf(alternatives);
    }
}
