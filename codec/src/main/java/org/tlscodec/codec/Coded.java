package org.tlscodec.codec;

import io.vavr.control.Option;

/**
 * A registry value: a wire code of a fixed width, with a name where the code is registered.
 * Rendering shows such values as their name and hex code.
 */
public interface Coded {

    /** The code as it stands on the wire. */
    int code();

    /** Its width on the wire, in bytes. */
    int codeWidth();

    /** The registered name, if the code is registered. */
    Option<String> name();

    /** The code in hex, as wide as it is on the wire: {@code 0x1301}. */
    default String hexCode() {
        return String.format("0x%0" + (2 * codeWidth()) + "x", code());
    }
}
