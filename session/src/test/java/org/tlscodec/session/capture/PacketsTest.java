package org.tlscodec.session.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

/** From link-layer bytes to TCP segments: each link type, IPv4 and IPv6 headers, and what is not a segment. */
class PacketsTest {
    private static final Bytes HELLO = Bytes.utf8("hello");
    private static final Bytes TCP = Build.tcp(40000, 443, 1000, TcpSegment.ACK | TcpSegment.PSH, Bytes.empty(), HELLO);
    private static final Bytes IPV4 = Build.ipv4(Build.A, Build.B, 6, 0x4000, Bytes.empty(), TCP);
    private static final Bytes V6A = Bytes.fromHex("20010db8000000000000000000000001");
    private static final Bytes V6B = Bytes.fromHex("20010db8000000000000000000000002");

    private static TcpSegment segment(LinkType link, Bytes data) {
        Either<CaptureError, Option<TcpSegment>> r = Capture.tcpSegment(Build.frame(link, data));
        assertThat(r.isRight()).as(() -> r.getLeft().message()).isTrue();
        assertThat(r.get().isDefined()).isTrue();
        return r.get().get();
    }

    private static void hello(TcpSegment s) {
        assertThat(s.payload()).isEqualTo(HELLO);
        assertThat(s.sequence()).isEqualTo(1000);
        assertThat(s.source().port()).isEqualTo(40000);
        assertThat(s.destination().port()).isEqualTo(443);
        assertThat(s.flags()).isEqualTo(TcpSegment.ACK | TcpSegment.PSH);
        assertThat(s.truncated()).isFalse();
    }

    @Test
    void ethernetWithStackedVlanTagsCarriesTheSegment() {
        Bytes tagged = Build.ethernet(0x88a8, Bytes.fromHex("0064 8100 00c8 0800").concat(IPV4));
        TcpSegment s = segment(LinkType.ETHERNET, tagged);
        hello(s);
        assertThat(s.source().text()).isEqualTo("10.0.0.1:40000");
        assertThat(s.destination().text()).isEqualTo("10.0.0.2:443");
    }

    @Test
    void ethernetPaddingAndTrailersAreNotPayload() {
        hello(segment(LinkType.ETHERNET, Build.ethernet(0x0800, IPV4).concat(Bytes.zeros(6)).concat(Bytes.fromHex("deadbeef"))));
    }

    @Test
    void linuxCookedV1AndV2CarryTheSegment() {
        hello(segment(LinkType.LINUX_SLL, Bytes.fromHex("0000 0304 0006 000000000000 0000 0800").concat(IPV4)));
        hello(segment(LinkType.LINUX_SLL2, Bytes.fromHex("0800 0000 00000001 0304 00 06 0000000000000000").concat(IPV4)));
    }

    @Test
    void loopbackFamiliesInEitherByteOrderAndRawIpCarryTheSegment() {
        hello(segment(LinkType.NULL, Build.u32le(2).concat(IPV4)));
        hello(segment(LinkType.NULL, Build.u32be(2).concat(IPV4)));
        hello(segment(LinkType.LOOP, Build.u32be(2).concat(IPV4)));
        hello(segment(LinkType.RAW, IPV4));
        hello(segment(LinkType.RAW_OPENBSD, IPV4));
        hello(segment(LinkType.IPV4, IPV4));
        // DLT 12: raw IP, or OpenBSD's loopback header: told apart by the first nibble.
        hello(segment(LinkType.RAW_OR_LOOP, IPV4));
        hello(segment(LinkType.RAW_OR_LOOP, Build.u32be(2).concat(IPV4)));
        Bytes v6 = Build.ipv6(V6A, V6B, 6, TCP);
        for (long family : new long[] {10, 24, 28, 30}) {
            hello(segment(LinkType.NULL, Build.u32le(family).concat(v6)));
        }
        hello(segment(LinkType.LOOP, Build.u32be(24).concat(v6)));
    }

    @Test
    void ipv4OptionsAndTcpOptionsAreSkippedByTheirLengths() {
        Bytes tcp = Build.tcp(40000, 443, 1000, TcpSegment.ACK | TcpSegment.PSH, Bytes.fromHex("0101080a0000000100000002"), HELLO);
        Bytes ip = Build.ipv4(Build.A, Build.B, 6, 0, Bytes.fromHex("94040000 01010100"), tcp); // router alert, NOPs, EOL
        hello(segment(LinkType.RAW, ip));
    }

    @Test
    void ipv6ExtensionHeadersAreWalkedToTcp() {
        Bytes hopByHop = Bytes.fromHex("3c00 0104 00000000"); // next: destination options; PadN
        Bytes destination = Bytes.fromHex("2c00 0104 00000000"); // next: fragment
        Bytes atomicFragment = Bytes.fromHex("0600 0000 12345678"); // next: TCP; offset 0, no more fragments
        TcpSegment s = segment(LinkType.IPV6, Build.ipv6(V6A, V6B, 0, hopByHop.concat(destination).concat(atomicFragment).concat(TCP)));
        hello(s);
        assertThat(s.source().text()).isEqualTo("[2001:db8::1]:40000");
    }

    @Test
    void ipFragmentsAreSkippedWithANote() {
        List<CaptureNote> notes = new ArrayList<>();
        Bytes first = Build.ipv4(Build.A, Build.B, 6, 0x2000, Bytes.empty(), TCP); // more fragments
        Bytes later = Build.ipv4(Build.A, Build.B, 6, 0x0003, Bytes.empty(), HELLO); // offset 24
        Bytes v6 = Build.ipv6(V6A, V6B, 44, Bytes.fromHex("0600 0019 12345678").concat(HELLO)); // offset 24, more
        for (Bytes b : new Bytes[] {first, later, v6}) {
            assertThat(Packets.tcpSegment(Build.frame(LinkType.RAW, b), notes)).isEqualTo(Either.right(Option.none()));
        }
        assertThat(notes).hasSize(3).allSatisfy(n -> {
            assertThat(n.frame()).contains(1);
            assertThat(n.text()).contains("fragment").contains("not reassembled");
        });
    }

    @Test
    void aFrameCapturedShortOfItsIpLengthGivesATruncatedSegment() {
        Bytes cut = IPV4.take(IPV4.size() - 2);
        TcpSegment s = segment(LinkType.RAW, cut);
        assertThat(s.truncated()).isTrue();
        assertThat(s.payload()).isEqualTo(HELLO.take(3));
    }

    @Test
    void otherProtocolsAreNotSegments() {
        Bytes udp = Build.ipv4(Build.A, Build.B, 17, 0, Bytes.empty(), Bytes.zeros(12));
        assertThat(Capture.tcpSegment(Build.frame(LinkType.RAW, udp))).isEqualTo(Either.right(Option.none()));
        assertThat(Capture.tcpSegment(Build.frame(LinkType.ETHERNET, Build.ethernet(0x0806, Bytes.zeros(28)))))
                .isEqualTo(Either.right(Option.none()));
        assertThat(Capture.tcpSegment(Build.frame(new LinkType(147), IPV4))).isEqualTo(Either.right(Option.none()));
    }

    @Test
    void malformedHeadersAreBadPacketsNamingFrameOffsetAndWhatWasExpected() {
        byte[] shortIhl = IPV4.toArray();
        shortIhl[0] = 0x44;
        byte[] shortTcp = IPV4.toArray();
        shortTcp[20 + 12] = 0x40;
        byte[] lowTotal = IPV4.toArray();
        lowTotal[2] = 0;
        lowTotal[3] = 10;
        assertBad(LinkType.RAW, Bytes.of(shortIhl), 100, "IPv4 header length");
        assertBad(LinkType.RAW, Bytes.of(shortTcp), 100 + 32, "TCP data offset");
        assertBad(LinkType.RAW, Bytes.of(lowTotal), 102, "IPv4 total length");
        assertBad(LinkType.ETHERNET, Bytes.zeros(10), 100, "14-byte Ethernet header");
        assertBad(LinkType.RAW, Bytes.fromHex("50"), 100, "IP version 4 or 6");
        assertBad(LinkType.IPV6, Build.ipv6(V6A, V6B, 0, Bytes.fromHex("06ff0000")), 140, "IPv6 extension header");
        assertBad(LinkType.RAW, IPV4.take(30), 120, "20-byte TCP header");
    }

    private static void assertBad(LinkType link, Bytes data, long offset, String expected) {
        Either<CaptureError, Option<TcpSegment>> r = Capture.tcpSegment(Build.frame(link, data));
        assertThat(r.isLeft()).as(expected).isTrue();
        assertThat(r.getLeft()).isInstanceOfSatisfying(CaptureError.BadPacket.class, b -> {
            assertThat(b.frame()).isEqualTo(1);
            assertThat(b.offset()).as(expected).isEqualTo(offset);
            assertThat(b.message()).contains(expected).contains("frame 1");
        });
    }
}
