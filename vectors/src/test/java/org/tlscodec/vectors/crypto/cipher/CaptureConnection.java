package org.tlscodec.vectors.crypto.cipher;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.tlscodec.crypto.keylog.KeyLog;
import org.tlscodec.crypto.keylog.KeyLogFormat;
import org.tlscodec.crypto.keylog.KeyLogLabel;
import org.tlscodec.tls.record.RecordStream;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.vectors.data.Captures;

/**
 * One connection of a bundled capture: both sides' streams split into records with the codec, its
 * hellos, the case's key log, and tshark's facts about it from expected.json.
 *
 * @param name     "case conn N", for messages
 * @param expected the connection's entry in expected.json
 */
record CaptureConnection(String name, String captureCase, int index, Vector<TLSPlaintext> clientRecords,
                         Vector<TLSPlaintext> serverRecords, CaptureHellos hellos, KeyLog log, JsonNode expected) {

    static CaptureConnection load(JsonNode expectedCases, String captureCase, int index) {
        String name = captureCase + " conn " + index;
        Vector<TLSPlaintext> client = split(captureCase, index, Captures.Side.CLIENT);
        Vector<TLSPlaintext> server = split(captureCase, index, Captures.Side.SERVER);
        CaptureHellos hellos = CaptureHellos.read(client, server).getOrElseThrow(e -> new AssertionError(name + ": " + e));
        KeyLog log = KeyLogFormat.read(Captures.keyLog(captureCase).get()).log();
        return new CaptureConnection(name, captureCase, index, client, server, hellos, log,
                expectedCases.get(captureCase).get("connections").get(index));
    }

    private static Vector<TLSPlaintext> split(String captureCase, int index, Captures.Side side) {
        RecordStream stream = RecordStream.split(Captures.stream(captureCase, index, side).get());
        if (!stream.isComplete()) {
            throw new AssertionError(captureCase + " conn " + index + " " + side + ": the stream does not split into whole records: "
                    + stream.error().map(e -> e.describe()).getOrElse("leftover bytes"));
        }
        return stream.tlsRecords();
    }

    /** The records {@code sender} wrote. */
    Vector<TLSPlaintext> records(KeyLogLabel.Direction sender) {
        return sender == KeyLogLabel.Direction.CLIENT ? clientRecords : serverRecords;
    }

    /** tshark's records of one direction ("c2s" for the client's), in stream order. */
    Vector<JsonNode> expectedRecords(KeyLogLabel.Direction sender) {
        String dir = direction(sender);
        return Vector.ofAll(expected.get("records")).filter(r -> r.get("dir").asText().equals(dir));
    }

    /** The side's records opened with the key log's secrets. */
    Either<CaptureRecordOpener.Failure, CaptureRecordOpener.Opened> open(KeyLogLabel.Direction sender) {
        return CaptureRecordOpener.open(hellos, log, sender, records(sender));
    }

    static String direction(KeyLogLabel.Direction sender) {
        return sender == KeyLogLabel.Direction.CLIENT ? "c2s" : "s2c";
    }
}
