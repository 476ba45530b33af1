package org.tlscodec.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;

/**
 * Registry-style codecs ({@link IntCodec#xmapInt}) and vectors of them are each a class of their
 * own, so the JIT profiles each mapping call apart (see {@link CodecClones}); the copies behave as
 * the shared class does, renamed ones included.
 */
class CodecClonesTest {
    private record Suite(int code) {
    }

    private record Group(int code) {
    }

    private static final Codec<Suite> SUITE = Codecs.uint16().xmapInt(Suite::new, Suite::code);
    private static final Codec<Group> GROUP = Codecs.uint16().xmapInt(Group::new, Group::code);

    @Test
    void eachIntMappedCodecAndEachVectorOfOneIsAHiddenClassOfItsOwn() {
        Codec<Vector<Suite>> suites = Codecs.vector(2, SUITE, 2, 0xfffe);
        Codec<Vector<Group>> groups = Codecs.vector(2, GROUP, 2, 0xfffe);
        assertThat(SUITE.getClass().isHidden()).isTrue();
        assertThat(SUITE.getClass()).isNotEqualTo(GROUP.getClass()).isNotEqualTo(IntMappedCodec.class);
        assertThat(suites.getClass().isHidden()).isTrue();
        assertThat(suites.getClass()).isNotEqualTo(groups.getClass()).isNotEqualTo(CodeVectorCodec.class);
        assertThat(SUITE).isInstanceOf(IntMapped.class);
    }

    @Test
    void aRenamedCopyIsAgainACopyThatReadsAndWritesTheSameBytes() {
        Codec<Suite> named = SUITE.named("CipherSuite");
        assertThat(named.toString()).isEqualTo("CipherSuite");
        assertThat(named.getClass().isHidden()).isTrue();
        assertThat(named).isInstanceOf(IntMapped.class);
        Bytes wire = Bytes.fromHex("1301");
        assertThat(named.decode(wire).get()).isEqualTo(new Suite(0x1301));
        assertThat(named.encode(new Suite(0x1302)).get()).isEqualTo(Bytes.fromHex("1302"));
    }

    @Test
    void aVectorOfCopiedCodesReadsWritesAndRefusesAsTheSharedClassDoes() {
        Codec<Vector<Suite>> copied = Codecs.vector(2, SUITE.named("CipherSuite"), 2, 0xfffe);
        Codec<Vector<Suite>> shared = new CodeVectorCodec<>(2, new IntMappedCodec<>(Codecs.uint16(), Suite::new, Suite::code, "shared"), 2, 2,
                0xfffe);
        for (String hex : new String[] {"000413011302", "0000", "00031301", "0006130113"}) {
            Bytes wire = Bytes.fromHex(hex);
            assertThat(copied.decode(wire).map(Vector::toJavaList)).as(hex).isEqualTo(shared.decode(wire).map(Vector::toJavaList));
        }
        Vector<Suite> value = Vector.of(new Suite(0x1301), new Suite(0xc02f));
        assertThat(copied.encode(value)).isEqualTo(shared.encode(value));
        Vector<Suite> tooWide = Vector.of(new Suite(0x10000));
        assertThat(copied.encode(tooWide).isLeft()).isTrue();
        assertThat(copied.encode(tooWide).getLeft().toString()).isEqualTo(shared.encode(tooWide).getLeft().toString());
    }
}
