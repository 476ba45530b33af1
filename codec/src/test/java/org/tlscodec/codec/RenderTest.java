package org.tlscodec.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;

class RenderTest {

    @Test
    void aStructRendersItsFieldsUnderTheNamesOfItsDefinition() {
        Rendered r = Samples.KeyShareEntry.CODEC.render(new Samples.KeyShareEntry(29, Bytes.fromHex("0102")));
        assertThat(r).isEqualTo(new Rendered.Fields(Vector.of(
                Tuple.of("group", new Rendered.Number(29)),
                Tuple.of("key_exchange", new Rendered.Octets(Bytes.fromHex("0102"))))));
    }

    @Test
    void aSelectRendersTheCaseNameAndAnUnknownCaseAsItsBytes() {
        Rendered known = Samples.EXT.render(new Samples.Versions(Vector.of(0x0304)));
        assertThat(known).isEqualTo(new Rendered.Variant(new Rendered.Number(43), "supported_versions",
                new Rendered.Fields(Vector.of(Tuple.of("versions", new Rendered.Items(Vector.of(new Rendered.Number(0x0304))))))));
        Rendered unknown = Samples.EXT.render(new Samples.UnknownExt(0xfe0d, Bytes.fromHex("aa")));
        assertThat(unknown).isEqualTo(new Rendered.Variant(new Rendered.Number(0xfe0d), "unknown", new Rendered.Octets(Bytes.fromHex("aa"))));
    }

    @Test
    void theTreeIsIndentedOneFieldALine() {
        String tree = RenderedText.tree("ClientHello", Samples.HELLO.render(Samples.sampleHello()));
        assertThat(tree).startsWith("###[ ClientHello ]###\n  legacy_version = 771\n  random = 0000");
        assertThat(tree).contains("\n  cipher_suites (2)\n    [0] = 4865\n    [1] = 4866\n");
        assertThat(tree).contains("\n    [3] = key_share 51\n      client_shares (2)\n        [0]\n          group = 29\n"
                + "          key_exchange = 0102030405 (5 bytes)\n");
        assertThat(tree).contains("\n    [2] = unknown 2570: (empty)\n");
    }
}
