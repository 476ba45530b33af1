/**
 * Reading captures: libpcap and pcapng files (pcapng Decryption Secrets Blocks included, so a
 * capture that carries its own NSS key log needs no flag), the link layers a TLS capture comes on
 * (Ethernet with 802.1Q tags, Linux cooked v1 and v2, BSD and OpenBSD loopback, raw IP), IPv4 and
 * IPv6, and TCP reassembly per connection with a frame map and the interleaving of both sides, so a
 * passive TLS reader sees every byte in the order it was delivered. TLS is found on any port by the
 * bytes ({@link org.tlscodec.session.capture.Capture#looksLikeTls}).
 *
 * <p>Entry points: {@link org.tlscodec.session.capture.Capture#read} (connections materialised) and
 * {@link org.tlscodec.session.capture.Capture#fold} (one pass, each connection's bytes handed to a
 * {@link org.tlscodec.session.capture.ConnectionFold} as they become contiguous). Every function is pure over
 * {@link org.tlscodec.codec.Bytes}; bad input gives error values with byte offsets, never an
 * exception. {@link org.tlscodec.session.capture.CaptureWriter} and
 * {@link org.tlscodec.session.capture.SegmentFrames} go the other way, for tests and benchmarks.
 */
@NullMarked
package org.tlscodec.session.capture;

import org.jspecify.annotations.NullMarked;
