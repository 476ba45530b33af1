package org.tlscodec.vectors.tls.record;

import io.vavr.Tuple;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.record.SSLv2Record;
import org.tlscodec.vectors.gen.Gen;

/** Generators of {@link SSLv2Record} (the SSL 2.0 draft's record header), both header forms. */
public final class SSLv2RecordGen {
    private SSLv2RecordGen() {
    }

    /** 2-byte headers: up to 2^15-1 bytes, no escape, no padding. */
    public static Gen<SSLv2Record> twoByte() {
        return Payloads.upTo(SSLv2Record.HeaderForm.TWO_BYTE.maxLength()).map(SSLv2Record::twoByte);
    }

    /**
     * 3-byte headers: up to 2^14-1 bytes, either escape bit; a padding count mostly within the
     * data (as a block cipher pads), sometimes any byte.
     */
    public static Gen<SSLv2Record> threeByte() {
        return Gen.zip(Gen.booleans(), Payloads.upTo(SSLv2Record.HeaderForm.THREE_BYTE.maxLength())).flatMap(t -> {
            Gen<Integer> padding = Gen.frequency(
                    Tuple.of(4, Gen.ints(0, Math.min(255, t._2.size()))),
                    Tuple.of(1, Gen.ints(0, 255)));
            return padding.map(p -> SSLv2Record.threeByte(t._1, p, t._2));
        });
    }

    /** A cleartext CLIENT-HELLO-like record: a 2-byte header and the message type 1 first. */
    public static Gen<SSLv2Record> clientHello() {
        return Gen.bytes(0, 60).map(rest -> SSLv2Record.twoByte(Bytes.ofUnsigned(SSLv2Record.MT_CLIENT_HELLO).concat(rest)));
    }

    /** Either form. */
    public static Gen<SSLv2Record> any() {
        return Gen.oneOf(twoByte(), threeByte());
    }
}
