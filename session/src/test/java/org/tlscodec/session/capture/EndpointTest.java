package org.tlscodec.session.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

/** Endpoint text: dotted quads, and IPv6 in brackets in the RFC 5952 section 4 form (its examples). */
class EndpointTest {

    private static String v6(String hex) {
        return new Endpoint(Bytes.fromHex(hex), 443).text();
    }

    @Test
    void ipv4IsADottedQuadAndPort() {
        assertThat(new Endpoint(Bytes.fromHex("7f000001"), 38354).text()).isEqualTo("127.0.0.1:38354");
        assertThat(new Endpoint(Bytes.fromHex("c0a8ff0a"), 0).toString()).isEqualTo("192.168.255.10:0");
    }

    @Test
    void ipv6IsBracketedWithTheLongestZeroRunCompressed() {
        assertThat(v6("00000000000000000000000000000001")).isEqualTo("[::1]:443");
        assertThat(v6("00000000000000000000000000000000")).isEqualTo("[::]:443");
        assertThat(v6("20010db8000000000000000000000001")).isEqualTo("[2001:db8::1]:443");
        // RFC 5952 4.2.2: a single 16-bit 0 is not shortened; 4.2.3: the first of equal runs is.
        assertThat(v6("20010db8000000010001000100010001")).isEqualTo("[2001:db8:0:1:1:1:1:1]:443");
        assertThat(v6("20010db8000000000001000000000001")).isEqualTo("[2001:db8::1:0:0:1]:443");
        // RFC 5952 4.2.3: the longest run wins.
        assertThat(v6("20010000000000010000000000000000")).isEqualTo("[2001:0:0:1::]:443");
        assertThat(v6("fe800000000000000202b3fffe1e8329")).isEqualTo("[fe80::202:b3ff:fe1e:8329]:443");
    }
}
