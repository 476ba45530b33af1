package org.tlscodec.vectors.tls.extension;

import io.vavr.collection.Vector;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.vectors.gen.Gen;

/** Generators of the extensions declared in the codec's {@code MainstreamExtension} catalog part. */
public final class MainstreamExtensionGens {
    private MainstreamExtensionGens() {
    }

    static Vector<Gen<Extension>> forContext(ExtensionContext context) {
        return Vector.empty();
    }
}
