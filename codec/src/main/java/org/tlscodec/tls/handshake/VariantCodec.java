package org.tlscodec.tls.handshake;

import java.util.function.Function;
import org.tlscodec.codec.ByteReader;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.CodecFailure;
import org.tlscodec.codec.Path;
import org.tlscodec.codec.Rendered;

/**
 * The codec of one variant of a message family as a codec of the family: it reads what the
 * variant reads, and writes only values of the variant, refusing any other with {@code refusal}'s
 * words. The bodies whose shape the negotiated version or key exchange chooses (RFC 5246 section
 * 7.4.3, RFC 8446 section 4.4.2) are such variants. {@link Codec#widen} with a cast does the same,
 * but answers an {@code Either} on every read and write, and these run once per message.
 *
 * @param <A> the family
 * @param <B> the variant
 */
final class VariantCodec<A, B extends A> implements Codec<A> {
    private final Codec<B> variant;
    private final Class<B> type;
    private final Function<? super A, String> refusal;

    VariantCodec(Codec<B> variant, Class<B> type, Function<? super A, String> refusal) {
        this.variant = variant;
        this.type = type;
        this.refusal = refusal;
    }

    @Override
    public A read(ByteReader in) {
        return variant.read(in);
    }

    @Override
    public void write(ByteWriter out, A value) {
        if (!type.isInstance(value)) {
            throw new CodecFailure(new CodecError.Invalid(Path.root(), out.size(), refusal.apply(value)));
        }
        variant.write(out, type.cast(value));
    }

    @Override
    public Rendered render(A value) {
        return type.isInstance(value) ? variant.render(type.cast(value)) : Rendered.of(value);
    }

    @Override
    public String toString() {
        return "variant(" + type.getSimpleName() + ": " + variant + ")";
    }
}
