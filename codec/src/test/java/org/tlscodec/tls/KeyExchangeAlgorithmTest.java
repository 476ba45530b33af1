package org.tlscodec.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.tlscodec.tls.registry.CipherSuite;

class KeyExchangeAlgorithmTest {

    @Test
    void theKeyExchangeIsReadFromTheSuitesRegisteredName() {
        assertThat(KeyExchangeAlgorithm.of(CipherSuite.of(0xc02f))).isEqualTo(Option.some(KeyExchangeAlgorithm.ECDHE_RSA));
        assertThat(KeyExchangeAlgorithm.of(CipherSuite.of(0x006b))).isEqualTo(Option.some(KeyExchangeAlgorithm.DHE_RSA));
        assertThat(KeyExchangeAlgorithm.of(CipherSuite.of(0x002f))).isEqualTo(Option.some(KeyExchangeAlgorithm.RSA));
        assertThat(KeyExchangeAlgorithm.of(CipherSuite.of(0x00ae))).isEqualTo(Option.some(KeyExchangeAlgorithm.PSK));
        assertThat(KeyExchangeAlgorithm.of(CipherSuite.of(0xc035))).isEqualTo(Option.some(KeyExchangeAlgorithm.ECDHE_PSK));
        assertThat(KeyExchangeAlgorithm.of(CipherSuite.of(0xc01e))).isEqualTo(Option.some(KeyExchangeAlgorithm.SRP_SHA_RSA));
        assertThat(KeyExchangeAlgorithm.of(CipherSuite.of(0x0034))).isEqualTo(Option.some(KeyExchangeAlgorithm.DH_ANON));
        assertThat(KeyExchangeAlgorithm.of(CipherSuite.of(0x0003))).isEqualTo(Option.some(KeyExchangeAlgorithm.RSA_EXPORT));
    }

    @Test
    void tls13SuitesScsvsAndUnknownCodesHaveNone() {
        assertThat(KeyExchangeAlgorithm.of(CipherSuite.of(0x1301)).isEmpty()).isTrue();
        assertThat(KeyExchangeAlgorithm.of(CipherSuite.of(0x00ff)).isEmpty()).isTrue();
        assertThat(KeyExchangeAlgorithm.of(CipherSuite.of(0x0a0a)).isEmpty()).isTrue();
        assertThat(KeyExchangeAlgorithm.of(CipherSuite.of(0x7777)).isEmpty()).isTrue();
    }

    @Test
    void everyRegisteredNonTls13SuiteWithAKeyExchangeMaps() {
        long unmapped = CipherSuite.REGISTRY.known()
                .filter(s -> s.name().get().contains("_WITH_"))
                .filter(s -> KeyExchangeAlgorithm.of(s).isEmpty())
                .size();
        assertThat(unmapped).isZero();
    }
}
