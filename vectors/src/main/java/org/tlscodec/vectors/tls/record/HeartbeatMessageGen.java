package org.tlscodec.vectors.tls.record;

import io.vavr.Tuple;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.record.HeartbeatMessage;
import org.tlscodec.tls.registry.HeartbeatMessageType;
import org.tlscodec.vectors.gen.Gen;

/**
 * Generators of {@link HeartbeatMessage} (RFC 6520 section 4), each fitting a 2^14-byte record:
 * honest messages with at least 16 bytes of padding, honest ones with too little, and
 * Heartbleed-style messages whose payload_length claims more than the record holds.
 */
public final class HeartbeatMessageGen {
    private static final int RECORD = 1 << 14;

    private HeartbeatMessageGen() {
    }

    public static Gen<HeartbeatMessageType> types() {
        return Codes.of(HeartbeatMessageType.REGISTRY);
    }

    /** Honest messages: payload_length is the payload's size, 16 or more bytes of padding. */
    public static Gen<HeartbeatMessage> honest() {
        return Gen.zip(types(), Payloads.upTo(RECORD - 3 - HeartbeatMessage.MIN_PADDING))
                .flatMap(t -> Payloads.between(HeartbeatMessage.MIN_PADDING, RECORD - 3 - t._2.size())
                        .map(padding -> HeartbeatMessage.of(t._1, t._2, padding)));
    }

    /** Messages with less padding than section 4 asks: the codec keeps them as sent. */
    public static Gen<HeartbeatMessage> shortPadding() {
        return Gen.zip(types(), Gen.bytes(0, 40), Gen.bytes(0, HeartbeatMessage.MIN_PADDING - 1))
                .map(t -> HeartbeatMessage.of(t._1, t._2, t._3));
    }

    /** payload_length claims more than the record holds: no padding, fewer payload bytes than claimed. */
    public static Gen<HeartbeatMessage> overclaimed() {
        return Gen.zip(types(), Gen.bytes(0, 40)).flatMap(t ->
                Gen.frequency(
                        Tuple.of(2, Gen.constant(0x4000)),
                        Tuple.of(3, Gen.ints(t._2.size() + 1, 0xffff)))
                        .map(claim -> new HeartbeatMessage(t._1, Math.max(claim, t._2.size() + 1), t._2, Bytes.empty())));
    }

    /** All three kinds, honest ones most often. */
    public static Gen<HeartbeatMessage> any() {
        return Gen.frequency(
                Tuple.of(6, honest()),
                Tuple.of(2, shortPadding()),
                Tuple.of(2, overclaimed()));
    }
}
