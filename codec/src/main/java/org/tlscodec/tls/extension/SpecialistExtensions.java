package org.tlscodec.tls.extension;

import io.vavr.collection.Vector;

/** Catalog rows: see the list below for the extensions declared here and the RFCs they follow. */
final class SpecialistExtensions {
    private SpecialistExtensions() {
    }

    static final Vector<ExtensionDefinition<?>> DEFINITIONS = Vector.empty();
}
