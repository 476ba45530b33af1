package org.tlscodec.vectors.crypto.cipher;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.RecordOptions;
import org.tlscodec.crypto.cipher.RecordProtection;
import org.tlscodec.crypto.keylog.KeyLog;
import org.tlscodec.crypto.keylog.KeyLogLabel;
import org.tlscodec.crypto.keys.KeyLogSecrets;
import org.tlscodec.crypto.keys.KeysError;
import org.tlscodec.crypto.keys.LegacyProtection;
import org.tlscodec.crypto.keys.Tls13Protection;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * Opens one side's records of a captured connection in order, with the keys the key log gives,
 * the way a passive reader must:
 *
 * <ul>
 *   <li>SSL 3.0 to TLS 1.2: the records after the side's ChangeCipherSpec are protected with its
 *       write keys from the master secret (RFC 5246 section 6.1 and 7.1), sequence numbers from 0;
 *       in an abbreviated handshake the server's CCS simply comes first.</li>
 *   <li>TLS 1.3: a record whose outer type is application_data is protected (RFC 8446 section
 *       5.2); anything else, the middlebox-compatibility CCS included (appendix D.4), is
 *       plaintext. The side's handshake traffic secret protects its records up to and including
 *       its Finished, then application_traffic_secret_0, and each KeyUpdate the side sends moves
 *       it to the next generation (section 7.2); every new key starts at sequence number 0
 *       (section 5.3).</li>
 * </ul>
 */
final class CaptureRecordOpener {
    private CaptureRecordOpener() {
    }

    /**
     * One record as it was read.
     *
     * @param record     the record as split from the stream
     * @param innerType  the real content type (the header's for plaintext records)
     * @param plaintext  the fragment, opened when protected
     * @param handshakes the handshake messages this record completed, decoded
     * @param opening    how a protected record was opened; none for a plaintext one
     */
    record OpenedRecord(TLSPlaintext record, ContentType innerType, Bytes plaintext, Vector<HandshakeMessage> handshakes,
                        Option<Opening> opening) {
        boolean wasProtected() {
            return opening.isDefined();
        }
    }

    /**
     * The protection and sequence number a record was opened with, the epoch ("handshake",
     * "application 1"), and under TLS 1.3 the epoch's traffic secret.
     */
    record Opening(RecordProtection protection, long sequenceNumber, String epoch, Option<Bytes> trafficSecret) {
    }

    /** A side's records opened, and (TLS 1.3) the application traffic secret of each generation it used. */
    record Opened(Vector<OpenedRecord> records, Vector<Bytes> applicationSecrets) {
    }

    /** Where a side's records stop opening: the record index, and why. */
    record Failure(int recordIndex, String reason) {
        @Override
        public String toString() {
            return "record " + recordIndex + ": " + reason;
        }
    }

    static Either<Failure, Opened> open(CaptureHellos hellos, KeyLog log, KeyLogLabel.Direction sender, Vector<TLSPlaintext> records) {
        Option<CipherSuiteInfo> suite = CipherSuiteInfo.of(hellos.suite());
        if (suite.isEmpty()) {
            return Either.left(new Failure(0, "unregistered suite " + hellos.suite()));
        }
        return hellos.version().isTls13OrLater()
                ? tls13(hellos, suite.get(), log, sender, records)
                : legacy(hellos, suite.get(), log, sender, records);
    }

    /** The records of one key epoch of a side, opened with one protection whose state each record advances. */
    private static final class Walk {
        final Vector<TLSPlaintext> records;
        CaptureHandshakeReader reader;
        Vector<OpenedRecord> opened = Vector.empty();
        Option<RecordProtection> protection = Option.none();
        long sequenceNumber;
        String epoch = "";
        Option<Bytes> trafficSecret = Option.none();

        Walk(Vector<TLSPlaintext> records, CaptureHellos hellos) {
            this.records = records;
            this.reader = CaptureHandshakeReader.start(WireContext.negotiated(hellos.version(), hellos.suite()));
        }

        void startEpoch(RecordProtection p, String name, Option<Bytes> secret) {
            protection = Option.some(p);
            trafficSecret = secret;
            sequenceNumber = 0;
            epoch = name;
        }

        /** Opens record {@code i} with the current protection, or takes it as plaintext when there is none. */
        Either<Failure, OpenedRecord> read(int i, boolean protectedRecord) {
            TLSPlaintext r = records.get(i);
            ContentType type = r.type();
            Bytes plaintext = r.fragment();
            Option<Opening> opening = Option.none();
            if (protectedRecord) {
                if (protection.isEmpty()) {
                    return Either.left(new Failure(i, "a protected record before any key"));
                }
                long seq = sequenceNumber;
                Either<org.tlscodec.crypto.cipher.CipherError, RecordProtection.Opened> o =
                        protection.get().open(seq, r.type(), r.legacyRecordVersion(), r.fragment());
                if (o.isLeft()) {
                    return Either.left(new Failure(i, "does not open (" + epoch + " keys, sequence number " + seq + "): "
                            + o.getLeft().message()));
                }
                opening = Option.some(new Opening(protection.get(), seq, epoch, trafficSecret));
                type = o.get().type();
                plaintext = o.get().bytes();
                protection = Option.some(o.get().next());
                sequenceNumber++;
            }
            Vector<HandshakeMessage> handshakes = Vector.empty();
            if (type.equals(ContentType.HANDSHAKE)) {
                Either<String, CaptureHandshakeReader.Step> step = reader.add(plaintext);
                if (step.isLeft()) {
                    return Either.left(new Failure(i, step.getLeft()));
                }
                handshakes = step.get().completed();
                reader = step.get().next();
            }
            OpenedRecord done = new OpenedRecord(r, type, plaintext, handshakes, opening);
            opened = opened.append(done);
            return Either.right(done);
        }
    }

    private static Either<Failure, Opened> legacy(CaptureHellos hellos, CipherSuiteInfo suite, KeyLog log,
                                                  KeyLogLabel.Direction sender, Vector<TLSPlaintext> records) {
        RecordOptions options = RecordOptions.DEFAULT.withEncryptThenMac(hellos.encryptThenMac());
        Either<KeysError, RecordProtection> keys = KeyLogSecrets.masterSecret(log, hellos.clientRandom())
                .flatMap(master -> LegacyProtection.of(suite, hellos.version(), master, hellos.clientRandom(), hellos.serverRandom(), options))
                .map(both -> both.writtenBy(sender));
        if (keys.isLeft()) {
            return Either.left(new Failure(0, keys.getLeft().message()));
        }
        Walk walk = new Walk(records, hellos);
        for (int i = 0; i < records.size(); i++) {
            Either<Failure, OpenedRecord> r = walk.read(i, walk.protection.isDefined());
            if (r.isLeft()) {
                return Either.left(r.getLeft());
            }
            if (r.get().innerType().equals(ContentType.CHANGE_CIPHER_SPEC) && !r.get().wasProtected()) {
                walk.startEpoch(keys.get(), "master secret", Option.none());
            }
        }
        return Either.right(new Opened(walk.opened, Vector.empty()));
    }

    private static Either<Failure, Opened> tls13(CaptureHellos hellos, CipherSuiteInfo suite, KeyLog log,
                                                 KeyLogLabel.Direction sender, Vector<TLSPlaintext> records) {
        Bytes random = hellos.clientRandom();
        Either<KeysError, Bytes> handshakeSecret = KeyLogSecrets.handshakeTrafficSecret(log, random, sender);
        Either<KeysError, RecordProtection> handshake = handshakeSecret.flatMap(secret -> Tls13Protection.of(suite, secret, RecordOptions.DEFAULT));
        Either<KeysError, Bytes> application0 = KeyLogSecrets.applicationTrafficSecret(log, random, sender, 0);
        if (handshake.isLeft() || application0.isLeft()) {
            return Either.left(new Failure(0, (handshake.isLeft() ? handshake : application0).getLeft().message()));
        }
        Vector<Bytes> secrets = Vector.of(application0.get());
        Walk walk = new Walk(records, hellos);
        walk.startEpoch(handshake.get(), "handshake", handshakeSecret.toOption());
        boolean application = false;
        for (int i = 0; i < records.size(); i++) {
            Either<Failure, OpenedRecord> r = walk.read(i, records.get(i).type().equals(ContentType.APPLICATION_DATA));
            if (r.isLeft()) {
                return Either.left(r.getLeft());
            }
            Vector<HandshakeType> types = r.get().handshakes().map(HandshakeMessage::msgType);
            boolean moves = !application && types.contains(HandshakeType.FINISHED)
                    || application && types.contains(HandshakeType.KEY_UPDATE);
            if (!moves) {
                continue;
            }
            if (application) {
                Either<KeysError, Bytes> next = Tls13Protection.nextTrafficSecret(suite, secrets.last());
                if (next.isLeft()) {
                    return Either.left(new Failure(i, next.getLeft().message()));
                }
                secrets = secrets.append(next.get());
            }
            application = true;
            Either<KeysError, RecordProtection> keys = Tls13Protection.of(suite, secrets.last(), RecordOptions.DEFAULT);
            if (keys.isLeft()) {
                return Either.left(new Failure(i, keys.getLeft().message()));
            }
            walk.startEpoch(keys.get(), "application " + (secrets.size() - 1), Option.some(secrets.last()));
        }
        return Either.right(new Opened(walk.opened, secrets));
    }
}
