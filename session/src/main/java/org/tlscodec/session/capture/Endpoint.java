package org.tlscodec.session.capture;

import org.tlscodec.codec.Bytes;

/**
 * One end of a TCP connection: an IPv4 (4-byte) or IPv6 (16-byte) address and a port. Its text is
 * {@code ip:port}, an IPv6 address in brackets and in RFC 5952 form ({@code [2001:db8::1]:443}).
 */
public record Endpoint(Bytes address, int port) implements Comparable<Endpoint> {

    /** True for a 16-byte (IPv6) address. */
    public boolean ipv6() {
        return address.size() == 16;
    }

    /** The address as text: dotted quad for IPv4, RFC 5952 section 4 for IPv6. */
    public String addressText() {
        if (address.size() == 4) {
            return address.get(0) + "." + address.get(1) + "." + address.get(2) + "." + address.get(3);
        }
        if (address.size() != 16) {
            return address.hex();
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = Wire.u16be(address, 2 * i);
        }
        // RFC 5952 section 4.2: the longest run of two or more zero groups (the first of equals) becomes "::".
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }

    /** {@code ip:port}, or {@code [ipv6]:port}. */
    public String text() {
        return (ipv6() ? "[" + addressText() + "]" : addressText()) + ":" + port;
    }

    @Override
    public int compareTo(Endpoint o) {
        int c = address.compareTo(o.address);
        return c != 0 ? c : Integer.compare(port, o.port);
    }

    @Override
    public String toString() {
        return text();
    }
}
