package org.tlscodec.session.capture;

import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * What reading a capture file gave besides its frames (which went to a {@link FrameSink}): the
 * format, the decryption secrets, the errors (the file-level one last) and the notes; {@code stopped}
 * when the sink stopped the reading.
 */
record FileReading(Option<CaptureFormat> format, Vector<DecryptionSecrets> secrets, Vector<CaptureError> errors,
                   Vector<CaptureNote> notes, boolean stopped) {
}
