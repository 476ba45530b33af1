package org.tlscodec.vectors.tls.record;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Codecs;
import org.tlscodec.tls.record.Alert;
import org.tlscodec.tls.record.ChangeCipherSpec;
import org.tlscodec.tls.record.HeartbeatMessage;
import org.tlscodec.tls.record.RawHandshake;
import org.tlscodec.tls.record.RecordStream;
import org.tlscodec.tls.record.SSLv2Record;
import org.tlscodec.tls.record.TLSCiphertext;
import org.tlscodec.tls.record.TLSInnerPlaintext;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.vectors.laws.CodecLaws;
import org.tlscodec.vectors.laws.Law;

/**
 * The laws of DESIGN.md section 10 for every record-layer structure, 1,000 generated cases a law
 * (10,000 random inputs for the never-throw law). The structures that read to the end of their
 * region (the record body is theirs) are not self-delimiting: they are checked bare and inside a
 * {@code framed} region, where every proper prefix must be Truncated again.
 */
class RecordLawsTest {

    private static Stream<Law> all() {
        return Stream.of(
                CodecLaws.of("TLSPlaintext", TLSPlaintext.CODEC, TLSPlaintextGen.any()),
                CodecLaws.of("TLSPlaintext, oversize allowed", TLSPlaintext.CODEC_OVERSIZE_ALLOWED, TLSPlaintextGen.anyLength()),
                CodecLaws.of("TLSCiphertext (TLS 1.3)", TLSCiphertext.CODEC, TLSCiphertextGen.tls13()),
                CodecLaws.of("TLSCiphertext (TLS 1.2)", TLSCiphertext.CODEC_TLS12, TLSCiphertextGen.tls12()),
                CodecLaws.of("TLSInnerPlaintext", TLSInnerPlaintext.CODEC, TLSInnerPlaintextGen.any()).notSelfDelimiting(),
                CodecLaws.of("framed(TLSInnerPlaintext)", Codecs.framed(2, TLSInnerPlaintext.CODEC), TLSInnerPlaintextGen.any()),
                CodecLaws.of("Alert", Alert.CODEC, AlertGen.any()),
                CodecLaws.of("ChangeCipherSpec", ChangeCipherSpec.CODEC, ChangeCipherSpecGen.any()),
                CodecLaws.of("HeartbeatMessage", HeartbeatMessage.CODEC, HeartbeatMessageGen.any()).notSelfDelimiting(),
                CodecLaws.of("framed(HeartbeatMessage)", Codecs.framed(2, HeartbeatMessage.CODEC), HeartbeatMessageGen.any()),
                CodecLaws.of("SSLv2Record", SSLv2Record.CODEC, SSLv2RecordGen.any()),
                CodecLaws.of("RawHandshake", RawHandshake.CODEC, RawHandshakeGen.any()),
                CodecLaws.of("RecordStream", RecordStream.CODEC, RecordStreamGen.any()).notSelfDelimiting())
                .flatMap(laws -> laws.laws().toJavaStream());
    }

    @TestFactory
    Stream<DynamicTest> everyRecordStructureKeepsEveryLaw() {
        return all().map(law -> DynamicTest.dynamicTest(law.name(), law.verify()::run));
    }
}
