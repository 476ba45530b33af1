package org.tlscodec.crypto.kdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

/**
 * The TLS 1.3 derivations RFC 8448 does not print (exporter, KeyUpdate) against values computed once
 * with an independent python3 hmac/hashlib implementation of RFC 8446 section 7; and the
 * HelloRetryRequest transcript rewrite.
 */
class Tls13DerivationTest {
    private static final Bytes SECRET = LegacyDerivationTest.range(32);

    @Test
    void exporterExpandsTheLabelsSecretOverTheContextHash() {
        assertThat(Exporters.tls13(HashAlgorithm.SHA256, SECRET, "EXPORTER-test", Bytes.utf8("abc"), 32).get())
                .isEqualTo(Bytes.fromHex("9c1eb92efee2c3bbf6a529a5bd11976efb7c3372b274d94f62a84508cb9497de"));
    }

    @Test
    void keyUpdateSuccessorIsExpandLabelTrafficUpd() {
        assertThat(Tls13.nextTrafficSecret(HashAlgorithm.SHA256, SECRET))
                .isEqualTo(Bytes.fromHex("2cecd0a17506ef5fa73edc062d6e7b5397cf074ec1b4d8f99a120772932f0b45"));
    }

    @Test
    void helloRetryRequestRewriteReplacesOnlyTheFirstMessageWithMessageHash() {
        Bytes ch1 = Bytes.fromHex("0100000401020304");
        Bytes hrr = Bytes.fromHex("02000000");
        Transcript rewritten = Transcript.of(ch1, hrr).rewriteForHelloRetryRequest(HashAlgorithm.SHA384).get();
        Bytes header = Bytes.ofUnsigned(254, 0, 0, 48);
        assertThat(rewritten.messages().head()).isEqualTo(header.concat(HashAlgorithm.SHA384.digest(ch1)));
        assertThat(rewritten.messages().get(1)).isEqualTo(hrr);
        assertThat(rewritten.hash(HashAlgorithm.SHA384)).isEqualTo(HashAlgorithm.SHA384.digest(rewritten.bytes()));
    }

    @Test
    void pskOnlyHandshakeSecretUsesZerosForTheSharedSecret() {
        Tls13EarlySecret early = Tls13EarlySecret.of(HashAlgorithm.SHA256, io.vavr.control.Option.some(SECRET));
        assertThat(early.handshakeSecret(io.vavr.control.Option.none()))
                .isEqualTo(early.handshakeSecret(io.vavr.control.Option.some(Bytes.zeros(32))));
        assertThat(early.externalBinderKey()).isNotEqualTo(early.resumptionBinderKey());
    }
}
