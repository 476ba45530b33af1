package org.tlscodec.crypto.keylog;

import io.vavr.collection.Vector;

/** What reading a key log gave: every good entry, and every bad line with why. */
public record KeyLogReading(KeyLog log, Vector<KeyLogLineError> errors) {

    /** True when no line was rejected. */
    public boolean clean() {
        return errors.isEmpty();
    }
}
