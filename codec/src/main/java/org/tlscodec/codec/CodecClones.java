package org.tlscodec.codec;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A class of its own for each struct, vector and select codec: the bytes of the combinator's class
 * (an arity's class in {@link Structs}, {@link VectorCodec} (vectors and itemsToEnd), {@link SelectCodec}) defined again as
 * a hidden class (JDK 15+, {@link MethodHandles.Lookup#defineHiddenClass}). The JIT keeps type
 * profiles a method of a class, so every struct of one arity used to share one profile a field
 * position, which a whole protocol's worth of records turns megamorphic; with a class a codec,
 * each field's getter and codec call is seen with one receiver and inlined. The behaviour is the
 * combinator class's own, byte for byte. Where hidden classes cannot be made (a restricted
 * runtime), or with {@code -Dtlscodec.clones=false}, the shared class is used.
 */
final class CodecClones {
    private static final boolean ENABLED = !"false".equals(System.getProperty("tlscodec.clones"));
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final ConcurrentHashMap<Class<?>, byte[]> BYTES = new ConcurrentHashMap<>();

    private CodecClones() {
    }

    /**
     * A new instance of a hidden copy of {@code arity}, built with {@code args}; or an instance of
     * the shared class, from {@code shared}, when no copy can be made.
     */
    @SuppressWarnings("unchecked")
    static <R> Codec<R> of(Class<?> arity, MethodType constructor, Object[] args, Supplier<Codec<R>> shared) {
        if (!ENABLED) {
            return shared.get();
        }
        try {
            byte[] bytes = BYTES.computeIfAbsent(arity, CodecClones::classBytes);
            if (bytes.length == 0) {
                return shared.get();
            }
            MethodHandles.Lookup hidden = LOOKUP.defineHiddenClass(bytes, true);
            MethodHandle make = hidden.findConstructor(hidden.lookupClass(), constructor);
            return (Codec<R>) make.invokeWithArguments(args);
        } catch (Throwable e) {
            // Also where the constructor refuses its arguments: the shared class then says why.
            return shared.get();
        }
    }

    private static byte[] classBytes(Class<?> type) {
        String resource = type.getName().substring(type.getPackageName().length() + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
