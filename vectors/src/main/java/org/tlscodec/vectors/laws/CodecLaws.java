package org.tlscodec.vectors.laws;

import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.gen.Property;
import org.tlscodec.vectors.gen.PropertyRunner;

/**
 * The laws of a codec (DESIGN.md section 10), each a property check over generated values:
 * <ul>
 *   <li>decode after encode gives the value back;</li>
 *   <li>encode after decode gives the encoder's bytes back;</li>
 *   <li>every proper prefix of a valid encoding is {@link CodecError.Truncated}, never another
 *       error, never a value (for self-delimiting codecs);</li>
 *   <li>random bytes never make the codec throw or report {@link CodecError.Unexpected}, and any that
 *       decode re-encode to themselves (for byte-exact codecs);</li>
 *   <li>the same for small mutations of valid encodings, which reach deeper than random bytes.</li>
 * </ul>
 *
 * <pre>{@code
 * CodecLaws.of("ClientHello", ClientHello.CODEC, ClientHelloGen.any()).laws()
 *     .map(law -> DynamicTest.dynamicTest(law.name(), law.verify()::run));
 * }</pre>
 */
public final class CodecLaws<A> {
    private final String name;
    private final Codec<A> codec;
    private final Gen<A> values;
    private final boolean selfDelimiting;
    private final boolean byteExact;
    private final int cases;
    private final int randomCases;
    private final int randomMaxLength;

    private CodecLaws(String name, Codec<A> codec, Gen<A> values, boolean selfDelimiting, boolean byteExact,
                      int cases, int randomCases, int randomMaxLength) {
        this.name = name;
        this.codec = codec;
        this.values = values;
        this.selfDelimiting = selfDelimiting;
        this.byteExact = byteExact;
        this.cases = cases;
        this.randomCases = randomCases;
        this.randomMaxLength = randomMaxLength;
    }

    /** The laws of {@code codec} over values from {@code values}: 1,000 cases a law, 10,000 random inputs. */
    public static <A> CodecLaws<A> of(String name, Codec<A> codec, Gen<A> values) {
        return new CodecLaws<>(name, codec, values, true, true, 1000, 10_000, 64);
    }

    /**
     * For a codec that reads to the end of its region ({@code remaining}, a trailing {@code optional}):
     * a prefix of its encoding may be a valid encoding, so the prefix law does not apply.
     */
    public CodecLaws<A> notSelfDelimiting() {
        return new CodecLaws<>(name, codec, values, false, byteExact, cases, randomCases, randomMaxLength);
    }

    /** For a codec with more than one encoding of a value: decoded bytes need not re-encode to themselves. */
    public CodecLaws<A> notByteExact() {
        return new CodecLaws<>(name, codec, values, selfDelimiting, false, cases, randomCases, randomMaxLength);
    }

    /** Cases a law for the generated-value laws. */
    public CodecLaws<A> cases(int n) {
        return new CodecLaws<>(name, codec, values, selfDelimiting, byteExact, n, randomCases, randomMaxLength);
    }

    /** Random inputs for the random-bytes law, and their greatest length. */
    public CodecLaws<A> randomInputs(int n, int maxLength) {
        return new CodecLaws<>(name, codec, values, selfDelimiting, byteExact, cases, n, maxLength);
    }

    /** Every law that applies, in a stable order. */
    public Vector<Law> laws() {
        Vector<Law> all = Vector.of(
                new Law(name + ": decode(encode(a)) == a", this::decodeAfterEncode),
                new Law(name + ": encode(decode(b)) == b for encoder-made b", this::encodeAfterDecode));
        if (selfDelimiting) {
            all = all.append(new Law(name + ": every proper prefix is Truncated", this::properPrefixesAreTruncated));
        }
        return all.append(new Law(name + ": random bytes never throw", this::randomBytesAreHandled))
                .append(new Law(name + ": mutated encodings never throw", this::mutatedEncodingsAreHandled));
    }

    /** Runs every law; the first broken one throws. */
    public void verifyAll() {
        laws().forEach(law -> law.verify().run());
    }

    private PropertyRunner runner(String law, int n) {
        return Property.named(name + ": " + law).cases(n);
    }

    private Bytes encodeOrFail(A value) {
        return codec.encode(value).getOrElseThrow(e -> new AssertionError("cannot encode a generated value: " + e.describe()));
    }

    void decodeAfterEncode() {
        runner("decode(encode(a)) == a", cases).check(values, a -> {
            Bytes b = encodeOrFail(a);
            Either<CodecError, A> back = codec.decode(b);
            if (back.isLeft()) {
                throw new AssertionError("encoding " + b.hex() + " does not decode: " + back.getLeft().describe());
            }
            if (!back.get().equals(a)) {
                throw new AssertionError("decoded " + back.get() + " from " + b.hex());
            }
        });
    }

    void encodeAfterDecode() {
        runner("encode(decode(b)) == b", cases).check(values, a -> {
            Bytes b = encodeOrFail(a);
            A decoded = codec.decode(b).getOrElseThrow(e -> new AssertionError("does not decode: " + e.describe()));
            Bytes again = encodeOrFail(decoded);
            if (!again.equals(b)) {
                throw new AssertionError("re-encoded " + again.hex() + ", not " + b.hex());
            }
        });
    }

    void properPrefixesAreTruncated() {
        runner("every proper prefix is Truncated", cases).check(values, a -> {
            Bytes b = encodeOrFail(a);
            for (int k = 0; k < b.size(); k++) {
                Either<CodecError, A> r = codec.decode(b.take(k));
                if (r.isRight()) {
                    throw new AssertionError("prefix of " + k + " of " + b.size() + " bytes decoded to " + r.get());
                }
                if (!(r.getLeft() instanceof CodecError.Truncated)) {
                    throw new AssertionError("prefix of " + k + " of " + b.size() + " bytes: " + r.getLeft().describe());
                }
            }
        });
    }

    void randomBytesAreHandled() {
        runner("random bytes never throw", randomCases).check(Gen.bytes(0, randomMaxLength), this::handles);
    }

    void mutatedEncodingsAreHandled() {
        Gen<Tuple2<A, Vector<Mutation>>> mutated = Gen.zip(values, Gen.listOf(Mutation.gen(), 1, 3));
        runner("mutated encodings never throw", cases).check(mutated, am -> {
            Bytes b = encodeOrFail(am._1);
            for (Mutation m : am._2) {
                b = m.apply(b);
            }
            handles(b);
        });
    }

    private void handles(Bytes input) {
        Either<CodecError, A> r = codec.decode(input);
        if (r.isLeft()) {
            if (r.getLeft() instanceof CodecError.Unexpected) {
                throw new AssertionError("the codec threw on " + input.hex() + ": " + r.getLeft().describe());
            }
            return;
        }
        Either<CodecError, Bytes> again = codec.encode(r.get());
        if (again.isLeft()) {
            throw new AssertionError("decoded " + r.get() + " from " + input.hex() + " but cannot encode it: " + again.getLeft().describe());
        }
        if (byteExact && !again.get().equals(input)) {
            throw new AssertionError("decoded " + r.get() + " from " + input.hex() + " but it re-encodes to " + again.get().hex());
        }
    }
}
