package org.tlscodec.tls.extension;

import io.vavr.collection.Vector;

/** Every extension definition, gathered from the parts that declare them. */
final class ExtensionCatalog {
    private ExtensionCatalog() {
    }

    static final Vector<ExtensionDefinition<?>> ALL = Vector.<ExtensionDefinition<?>>empty()
            .appendAll(Tls13Extensions.DEFINITIONS)
            .appendAll(MainstreamExtensions.DEFINITIONS)
            .appendAll(SpecialistExtensions.DEFINITIONS);
}
