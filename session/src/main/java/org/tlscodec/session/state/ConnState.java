package org.tlscodec.session.state;

import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.RecordProtection;

/**
 * One direction's connection state (RFC 5246 section 6.1: "the compression state, the cipher state
 * ... the MAC key ... the sequence number"; RFC 8446 section 5.3: a sequence number per traffic key
 * that starts at 0 and resets at every key change). The cipher state is a {@link RecordProtection},
 * a value whose {@code next()} is the state for the next record (CBC's chained IV, RC4's keystream).
 *
 * <p>An epoch may protect records without the keys being known (no secret for it): then
 * {@link #protection()} is empty, its records stay opaque with their lengths, and the sequence
 * number still counts them, so a later key for the same epoch could not be applied out of step.
 *
 * @param epoch          which keys protect the direction's records
 * @param protection     the record protection, when the keys are known
 * @param sequenceNumber the sequence number of the next record
 * @param trafficSecret  TLS 1.3: the traffic secret of this epoch, from which the next generation is derived
 * @param generation     TLS 1.3 application epochs: N of application_traffic_secret_N
 * @param compression    the compression state when DEFLATE was negotiated (RFC 3749; SSL 3.0 to TLS 1.2)
 */
public record ConnState(Epoch epoch, Option<RecordProtection> protection, long sequenceNumber, Option<Bytes> trafficSecret,
                        long generation, Option<DeflateCompression> compression) {

    private static final ConnState NULL = new ConnState(Epoch.NULL, Option.none(), 0, Option.none(), 0, Option.none());

    /** The initial state: no protection (TLS_NULL_WITH_NULL_NULL), sequence number 0. */
    public static ConnState initial() {
        return NULL;
    }

    /** A new epoch protected with {@code protection}, sequence number 0. */
    public static ConnState protectedBy(Epoch epoch, RecordProtection protection) {
        return new ConnState(epoch, Option.some(protection), 0, Option.none(), 0, Option.none());
    }

    /** A new protected epoch whose keys are not known: its records stay opaque. */
    public static ConnState unknownKeys(Epoch epoch) {
        return new ConnState(epoch, Option.none(), 0, Option.none(), 0, Option.none());
    }

    /** A new TLS 1.3 application generation whose keys are not known. */
    public static ConnState unknownKeys(Epoch epoch, long generation) {
        return new ConnState(epoch, Option.none(), 0, Option.none(), generation, Option.none());
    }

    /** The same epoch with its TLS 1.3 traffic secret and generation. */
    public ConnState withTrafficSecret(Bytes secret, long newGeneration) {
        return new ConnState(epoch, protection, sequenceNumber, Option.some(secret), newGeneration, compression);
    }

    /** The state after one record: the cipher state {@code next}, the sequence number one more. */
    public ConnState advanced(RecordProtection next) {
        return new ConnState(epoch, Option.some(next), sequenceNumber + 1, trafficSecret, generation, compression);
    }

    /** The state after one record whose cipher state did not move (opaque, or failed to open). */
    public ConnState counted() {
        return new ConnState(epoch, protection, sequenceNumber + 1, trafficSecret, generation, compression);
    }

    /** The same state with this compression state (DEFLATE's stream after a record, or from the start). */
    public ConnState withCompression(Option<DeflateCompression> next) {
        return new ConnState(epoch, protection, sequenceNumber, trafficSecret, generation, next);
    }

    /** True when this direction's records are protected. */
    public boolean protectsRecords() {
        return epoch.protectsRecords();
    }

    /** True when records are protected and the keys are known. */
    public boolean canOpen() {
        return protection.isDefined();
    }

    /** Never the keys or the traffic secret. */
    @Override
    public String toString() {
        return "ConnState[" + epoch + (epoch == Epoch.APPLICATION ? " " + generation : "")
                + protection.map(p -> ", " + p.suite().name()).getOrElse(epoch.protectsRecords() ? ", keys unknown" : "")
                + compression.map(c -> ", " + c).getOrElse("") + ", seq " + sequenceNumber + "]";
    }
}
