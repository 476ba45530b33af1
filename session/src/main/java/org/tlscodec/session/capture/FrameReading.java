package org.tlscodec.session.capture;

import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * What reading a capture file's packets gave: its format (none when the magic number was not
 * recognised), every frame read, the decryption secrets its pcapng
 * blocks carried, the errors (the file-level error, if any, comes last: nothing after it was
 * read) and notes.
 */
public record FrameReading(
        Option<CaptureFormat> format,
        Vector<Frame> frames,
        Vector<DecryptionSecrets> secrets,
        Vector<CaptureError> errors,
        Vector<CaptureNote> notes) {

    static FrameReading failed(CaptureError error) {
        return new FrameReading(Option.none(), Vector.empty(), Vector.empty(), Vector.of(error), Vector.empty());
    }
}
