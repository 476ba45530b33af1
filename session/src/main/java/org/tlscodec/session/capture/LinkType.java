package org.tlscodec.session.capture;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * A link-layer header type as tcpdump.org's LINKTYPE registry numbers it (the value in a pcap file
 * header or a pcapng Interface Description Block; draft-ietf-opsawg-pcaplinktype). An open value:
 * any code is kept, the ones this package reads have names.
 */
public record LinkType(int code) {
    /** BSD loopback: a 4-byte address family in the capturing host's byte order. */
    public static final LinkType NULL = new LinkType(0);
    /** IEEE 802.3 Ethernet, 802.1Q VLAN tags included. */
    public static final LinkType ETHERNET = new LinkType(1);
    /** DLT 12 as found in files: raw IP on most systems, OpenBSD's loopback on OpenBSD; told apart by the bytes. */
    public static final LinkType RAW_OR_LOOP = new LinkType(12);
    /** DLT 14: raw IP as OpenBSD numbers it. */
    public static final LinkType RAW_OPENBSD = new LinkType(14);
    /** Raw IP, version from the first nibble. */
    public static final LinkType RAW = new LinkType(101);
    /** OpenBSD loopback: a 4-byte address family in network byte order. */
    public static final LinkType LOOP = new LinkType(108);
    /** Linux cooked capture v1 (SLL): a 16-byte pseudo-header. */
    public static final LinkType LINUX_SLL = new LinkType(113);
    /** Raw IPv4. */
    public static final LinkType IPV4 = new LinkType(228);
    /** Raw IPv6. */
    public static final LinkType IPV6 = new LinkType(229);
    /** Linux cooked capture v2 (SLL2): a 20-byte pseudo-header. */
    public static final LinkType LINUX_SLL2 = new LinkType(276);

    private static final Map<Integer, String> NAMES = HashMap.of(
            0, "NULL", 1, "ETHERNET", 12, "RAW_OR_LOOP", 14, "RAW_OPENBSD", 101, "RAW",
            108, "LOOP", 113, "LINUX_SLL", 228, "IPV4", 229, "IPV6", 276, "LINUX_SLL2");

    /** The registry name of a type this package reads. */
    public Option<String> name() {
        return NAMES.get(code);
    }

    /** True when {@link Capture} can find IP packets in frames of this type. */
    public boolean supported() {
        return NAMES.containsKey(code);
    }

    @Override
    public String toString() {
        return name().getOrElse(() -> "LINKTYPE_" + code);
    }
}
