package org.tlscodec.vectors.tls.extension;

import io.vavr.Tuple;
import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.tls.extension.Extensions;
import org.tlscodec.tls.extension.UnknownExtension;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.tls.registry.RegistryGens;

/**
 * Extensions of a message: mostly the typed ones defined in it, sometimes a type it does not
 * define (GREASE, unregistered, or another message's), kept as {@link UnknownExtension}. Lists
 * have distinct types, as a well-behaved peer sends them; the mutators make the other kind.
 */
public final class ExtensionGens {
    private ExtensionGens() {
    }

    /** Every typed extension generator for a message, from all the parts. */
    public static Vector<Gen<Extension>> typed(ExtensionContext context) {
        return Tls13ExtensionGens.forContext(context)
                .appendAll(MainstreamExtensionGens.forContext(context))
                .appendAll(SpecialistExtensionGens.forContext(context));
    }

    /** An extension whose type has no definition in this message. */
    public static Gen<Extension> unknown(ExtensionContext context) {
        return Gen.zipWith(
                RegistryGens.extensionType().filter(t -> Extensions.definition(t, context).isEmpty()),
                Gen.bytes(0, 24),
                (type, body) -> (Extension) new UnknownExtension(type, body));
    }

    /** One extension of a message. */
    public static Gen<Extension> any(ExtensionContext context) {
        Vector<Gen<Extension>> typed = typed(context);
        if (typed.isEmpty()) {
            return unknown(context);
        }
        return Gen.frequency(Tuple.of(4, Gen.oneOf(typed)), Tuple.of(1, unknown(context)));
    }

    /** An extension list of a message with distinct types, up to {@code max} long. */
    public static Gen<Vector<Extension>> list(ExtensionContext context, int max) {
        return Gen.listOf(any(context), 0, max).map(l -> l.distinctBy(Extension::type));
    }

    /** Raw extension_data bytes, for the odd case a generator needs them. */
    static Gen<Bytes> body(int max) {
        return Gen.bytes(0, max);
    }
}
