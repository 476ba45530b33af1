package org.tlscodec.session.secrets;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * Looking up an extension in a message's list (RFC 8446 section 4.2: the list is in wire order,
 * DESIGN.md section 3 keeps it a list, so look-up is a scan): the first of a type, decoded or not.
 */
public final class HelloExtensions {
    private HelloExtensions() {
    }

    /** The first extension decoded as {@code type}. */
    public static <T extends Extension> Option<T> find(Option<Vector<Extension>> extensions, Class<T> type) {
        return extensions.flatMap(list -> list.find(type::isInstance).map(type::cast));
    }

    /** True when an extension of this type is present. */
    public static boolean has(Option<Vector<Extension>> extensions, ExtensionType type) {
        return extensions.exists(list -> list.exists(e -> e.type().equals(type)));
    }
}
