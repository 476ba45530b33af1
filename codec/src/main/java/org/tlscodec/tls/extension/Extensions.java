package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import java.util.EnumMap;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.Codecs;
import org.tlscodec.codec.Select;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * The extension codecs of each message, built once from {@link ExtensionCatalog}: RFC 8446
 * section 4.2's {@code Extension extensions<0..2^16-1>} with each element a select on
 * extension_type, framed by its uint16 length. Strict codecs fail on a malformed known extension;
 * lenient ones keep it as {@link MalformedExtension} and go on, for dissection.
 */
public final class Extensions {
    private static final EnumMap<ExtensionContext, Codec<Extension>> STRICT = new EnumMap<>(ExtensionContext.class);
    private static final EnumMap<ExtensionContext, Codec<Extension>> LENIENT = new EnumMap<>(ExtensionContext.class);

    static {
        for (ExtensionContext context : ExtensionContext.values()) {
            Select<ExtensionType, Extension> cases = Codecs.select(ExtensionType.CODEC, Extension::type).framed(2);
            for (ExtensionDefinition<?> d : ExtensionCatalog.ALL) {
                if (d.contexts().contains(context)) {
                    cases = addCase(cases, d);
                }
            }
            STRICT.put(context, cases.otherwise(UnknownExtension.class, UnknownExtension::new, UnknownExtension::extensionData)
                    .named("Extension[" + context.column() + "]"));
            LENIENT.put(context, cases.lenient(MalformedExtension.class, MalformedExtension::new, MalformedExtension::extensionData)
                    .otherwise(UnknownExtension.class, UnknownExtension::new, UnknownExtension::extensionData)
                    .named("Extension[" + context.column() + ", lenient]"));
        }
    }

    private Extensions() {
    }

    private static <E extends Extension> Select<ExtensionType, Extension> addCase(
            Select<ExtensionType, Extension> cases, ExtensionDefinition<E> d) {
        return cases.caseOf(d.type(), d.type().display(), d.valueType(), d.codec());
    }

    /** One extension of a message, strict: a malformed known extension is an error. */
    public static Codec<Extension> extension(ExtensionContext context) {
        return STRICT.get(context);
    }

    /** One extension of a message, lenient: a malformed known extension is kept as {@link MalformedExtension}. */
    public static Codec<Extension> lenientExtension(ExtensionContext context) {
        return LENIENT.get(context);
    }

    /** {@code Extension extensions<0..2^16-1>} of a message (RFC 8446 section 4.1.2 and the others). */
    public static Codec<Vector<Extension>> list(ExtensionContext context, boolean lenient) {
        return vector(2, lenient ? lenientExtension(context) : extension(context), 0, 0xffff);
    }

    /** The definition of {@code type} in a message, if the catalog has one. */
    public static io.vavr.control.Option<ExtensionDefinition<?>> definition(ExtensionType type, ExtensionContext context) {
        return ExtensionCatalog.ALL.find(d -> d.type().equals(type) && d.contexts().contains(context));
    }
}
