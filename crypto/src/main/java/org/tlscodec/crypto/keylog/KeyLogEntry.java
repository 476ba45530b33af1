package org.tlscodec.crypto.keylog;

/** One meaningful line of a key log. */
public sealed interface KeyLogEntry permits SecretEntry, RsaPremasterEntry {

    /** The line in the standard format, without its line break. */
    String line();
}
