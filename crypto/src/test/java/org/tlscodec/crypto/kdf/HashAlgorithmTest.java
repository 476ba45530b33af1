package org.tlscodec.crypto.kdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

class HashAlgorithmTest {

    @Test
    void sm3OfAbcIsTheStandardsExample() {
        // GB/T 32905-2016 appendix A, example 1 (also RFC 8998's reference).
        assertThat(HashAlgorithm.SM3.digest(Bytes.utf8("abc")))
                .isEqualTo(Bytes.fromHex("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"));
    }

    @Test
    void sha256OfTheEmptyStringIsTheTls13EmptyTranscriptHash() {
        assertThat(HashAlgorithm.SHA256.emptyHash())
                .isEqualTo(Bytes.fromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    @Test
    void digestOfPartsEqualsDigestOfTheirConcatenation() {
        for (HashAlgorithm h : HashAlgorithm.values()) {
            assertThat(h.digest(Bytes.utf8("ab"), Bytes.utf8("c"))).as(h.name()).isEqualTo(h.digest(Bytes.utf8("abc")));
            assertThat(h.digest(Bytes.utf8("abc")).size()).as(h.name()).isEqualTo(h.length());
        }
    }

    @Test
    void hmacWithAnEmptyKeyEqualsHmacWithZeroKeyAsRfc2104PadsIt() {
        for (HashAlgorithm h : HashAlgorithm.values()) {
            assertThat(h.hmac(Bytes.empty(), Bytes.utf8("data"))).as(h.name())
                    .isEqualTo(h.hmac(Bytes.zeros(h.length()), Bytes.utf8("data")));
        }
    }

    @Test
    void hmacSha256MatchesRfc4231TestCase2() {
        assertThat(HashAlgorithm.SHA256.hmac(Bytes.utf8("Jefe"), Bytes.utf8("what do ya want for nothing?")))
                .isEqualTo(Bytes.fromHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    @Test
    void namedAcceptsStandardNamesWithOrWithoutTheDash() {
        assertThat(HashAlgorithm.named("SHA-384").get()).isEqualTo(HashAlgorithm.SHA384);
        assertThat(HashAlgorithm.named("sha1").get()).isEqualTo(HashAlgorithm.SHA1);
        assertThat(HashAlgorithm.named("SHA-3").isEmpty()).isTrue();
    }
}
