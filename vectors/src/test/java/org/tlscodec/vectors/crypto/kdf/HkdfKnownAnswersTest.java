package org.tlscodec.vectors.crypto.kdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.Hkdf;

/** RFC 5869 Appendix A: HKDF-Extract and HKDF-Expand give the RFC's PRK and OKM byte for byte. */
class HkdfKnownAnswersTest {

    @TestFactory
    List<DynamicTest> everyRfc5869CaseGivesItsPrkAndOkm() {
        JsonNode cases = Kat.json("rfc5869_hkdf.json").path("test_cases");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) {
            tests.add(DynamicTest.dynamicTest("RFC 5869 test case " + c.path("test_case").asInt() + " (" + c.path("Hash").asText() + ")", () -> {
                HashAlgorithm hash = Kat.hash(c.path("Hash").asText());
                // A salt that is "not provided" is HashLen zeros, the same HMAC key as an empty one.
                Bytes salt = c.path("salt").isNull() ? Bytes.empty() : Kat.hex(c, "salt");
                Bytes prk = Hkdf.extract(hash, salt, Kat.hex(c, "IKM"));
                assertThat(prk).isEqualTo(Kat.hex(c, "PRK"));
                assertThat(Kat.right(Hkdf.expand(hash, prk, Kat.hex(c, "info"), c.path("L").asInt()))).isEqualTo(Kat.hex(c, "OKM"));
            }));
        }
        assertThat(tests).hasSize(7);
        return tests;
    }
}
