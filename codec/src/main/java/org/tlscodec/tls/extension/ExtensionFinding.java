package org.tlscodec.tls.extension;

import org.tlscodec.tls.registry.ExtensionType;

/**
 * One rule an extension block breaks, found by {@link ExtensionRules}: which extension (its index
 * in wire order and type), which rule (a stable identifier), and what the RFC requires, in words.
 */
public record ExtensionFinding(int index, ExtensionType type, Rule rule, String message) {

    /** The rules {@link ExtensionRules} checks. */
    public enum Rule {
        /** RFC 8446 section 4.2: at most one extension of a type in a block. */
        DUPLICATE,
        /** RFC 8446 section 4.2.11: pre_shared_key is the last extension of a ClientHello. */
        PRE_SHARED_KEY_NOT_LAST,
        /** RFC 8446 section 4.2's table (and IANA's TLS 1.3 column): not allowed in this message. */
        NOT_ALLOWED_IN_MESSAGE,
        /** A list the RFC requires to be non-empty is empty. */
        EMPTY_LIST,
        /** The extension_data did not decode (lenient mode kept it). */
        MALFORMED,
        /** RFC 8701 section 4: a server never sends GREASE values. */
        GREASE_FROM_SERVER,
        /** RFC 8446 section 4.2 and RFC 5246 7.4.1.4: a server answers only extensions the client offered. */
        UNSOLICITED
    }

    @Override
    public String toString() {
        return rule + " at [" + index + "] " + type + ": " + message;
    }
}
