package org.tlscodec.session.capture;

import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * What folding a capture gave ({@link Capture#fold}): its format, how many frames it held, one
 * result per TCP connection (in the order of each connection's first packet), the decryption
 * secrets its pcapng blocks carried, the errors (per packet, then the file-level one) and the notes.
 */
public record CaptureFold<R>(
        Option<CaptureFormat> format,
        int frameCount,
        Vector<R> connections,
        Vector<DecryptionSecrets> secrets,
        Vector<CaptureError> errors,
        Vector<CaptureNote> notes) {

    /** The NSS key log text of every TLSK Decryption Secrets Block, as {@link CaptureReading#keyLog()}. */
    public String keyLog() {
        return DecryptionSecrets.joinedKeyLog(secrets);
    }
}
