package org.tlscodec.vectors.tls.extension;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.tls.extension.Extensions;
import org.tlscodec.vectors.laws.CodecLaws;

/** The codec laws for the extension lists of every message, strict and lenient, from the generators. */
class ExtensionLawsTest {

    @TestFactory
    Stream<DynamicTest> everyMessagesExtensionListKeepsTheLaws() {
        return Arrays.stream(ExtensionContext.values()).flatMap(context -> Stream.of(
                CodecLaws.of("extensions of " + context.column(), Extensions.list(context, false), ExtensionGens.list(context, 8)),
                CodecLaws.of("extensions of " + context.column() + ", lenient", Extensions.list(context, true), ExtensionGens.list(context, 8))))
                .flatMap(laws -> laws.laws().toJavaStream())
                .map(law -> DynamicTest.dynamicTest(law.name(), law.verify()::run));
    }
}
