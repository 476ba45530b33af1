package org.tlscodec.session.capture;

/** The file formats {@link Capture} reads, told apart by their first four bytes. */
public enum CaptureFormat {
    /** libpcap (draft-ietf-opsawg-pcap), micro- or nanosecond, either byte order, and the modified (Kuznetzov) variant. */
    PCAP,
    /** pcapng (draft-ietf-opsawg-pcapng). */
    PCAPNG
}
