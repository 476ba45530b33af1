package org.tlscodec.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;

/** The code example of README.md, "Declaring a structure", kept true by running it. */
class ReadmeExampleTest {

    /** struct { uint16 extension_type; opaque extension_data<0..2^16-1>; } Extension; */
    record Extension(int extensionType, Bytes extensionData) {
        static final Codec<Extension> CODEC = struct(
                field("extension_type", uint16(), Extension::extensionType),
                field("extension_data", opaque(2, 0, 0xffff), Extension::extensionData),
                Extension::new);
    }

    @Test
    void theReadmeExampleDecodesEncodesTheSameBytesAndNamesTheFieldOfAnError() {
        Codec<Vector<Extension>> extensions = vector(2, Extension.CODEC, 0, 0xffff);
        Either<CodecError, Vector<Extension>> decoded = extensions.decode(Bytes.fromHex("0006 0000 0002 abcd"));
        Either<CodecError, Bytes> encoded = extensions.encode(decoded.get());

        assertThat(decoded.get()).containsExactly(new Extension(0, Bytes.fromHex("abcd")));
        assertThat(encoded.get()).isEqualTo(Bytes.fromHex("0006 0000 0002 abcd"));
        assertThat(extensions.decode(Bytes.fromHex("0006 0000 0009 abcd")).getLeft().describe())
                .startsWith("[0].extension_data @6: overruns its enclosing length").contains("needed 9 bytes");
    }
}
