package org.tlscodec.tls.record;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.ByteReader;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.CodecFailure;
import org.tlscodec.codec.Path;
import org.tlscodec.codec.Rendered;

/**
 * An SSL 2.0 record (the SSL 2.0 draft, "SSL Record Header"; the version-2 ClientHello of
 * RFC 6101 appendix E.1 and RFC 5246 appendix E.2 travels in one). The header has two forms:
 *
 * <pre>
 * 2 bytes, high bit set:   1 | RECORD-LENGTH (15 bits)
 * 3 bytes, high bit clear: 0 | IS-ESCAPE (1 bit) | RECORD-LENGTH (14 bits) | PADDING (8 bits)
 * </pre>
 *
 * <p>RECORD-LENGTH counts the bytes after the header: MAC-DATA, ACTUAL-DATA and PADDING-DATA,
 * which are encrypted together once a cipher is on. So the padding bytes are part of
 * {@link #data()} (they cannot be told apart before decryption) and {@link #padding()} is the
 * header's count of them. The codec is hand-written because the length is bit-packed with the
 * form flag; it is byte-exact both ways, and keeps a PADDING count larger than the record (see
 * {@link #paddingExceedsData()}).
 *
 * @param form     which header form was used
 * @param isEscape the IS-ESCAPE bit of the 3-byte form (always false in the 2-byte form)
 * @param padding  the PADDING count of the 3-byte form, 0 to 255 (always 0 in the 2-byte form)
 * @param data     the RECORD-LENGTH bytes after the header, padding bytes included
 */
public record SSLv2Record(HeaderForm form, boolean isEscape, int padding, Bytes data) {

    /** The two header forms. */
    public enum HeaderForm {
        /** High bit set: a 15-bit length, no padding. */
        TWO_BYTE(2, 0x7fff),
        /** High bit clear: the escape bit, a 14-bit length, and a padding count. */
        THREE_BYTE(3, 0x3fff);

        private final int headerLength;
        private final int maxLength;

        HeaderForm(int headerLength, int maxLength) {
            this.headerLength = headerLength;
            this.maxLength = maxLength;
        }

        /** The header's size in bytes. */
        public int headerLength() {
            return headerLength;
        }

        /** The greatest RECORD-LENGTH the form can hold. */
        public int maxLength() {
            return maxLength;
        }
    }

    /** SSL 2.0 message types that may open a stream: CLIENT-HELLO (1). */
    public static final int MT_CLIENT_HELLO = 1;

    /** SERVER-HELLO (4), the server's first message. */
    public static final int MT_SERVER_HELLO = 4;

    /** ERROR (0), which a server may send instead of a SERVER-HELLO. */
    public static final int MT_ERROR = 0;

    /** Both header forms, told apart by the first byte's high bit. */
    public static final Codec<SSLv2Record> CODEC = new SSLv2RecordCodec();

    /** A record with a 2-byte header: data only. */
    public static SSLv2Record twoByte(Bytes data) {
        return new SSLv2Record(HeaderForm.TWO_BYTE, false, 0, data);
    }

    /** A record with a 3-byte header. */
    public static SSLv2Record threeByte(boolean isEscape, int padding, Bytes data) {
        return new SSLv2Record(HeaderForm.THREE_BYTE, isEscape, padding, data);
    }

    /** The whole record's size on the wire, header included. */
    public int wireLength() {
        return form.headerLength() + data.size();
    }

    /**
     * The wire length of the record whose header's first two bytes are {@code first} and
     * {@code second} (unsigned): high bit set, a 2-byte header and a 15-bit RECORD-LENGTH; clear, a
     * 3-byte header and a 14-bit one. For a reader that must know where a record ends before all of
     * it has arrived; the codec reads the header the same way.
     */
    public static int wireLength(int first, int second) {
        HeaderForm form = formOf(first);
        return form.headerLength() + recordLength(form, first, second);
    }

    private static HeaderForm formOf(int first) {
        return (first & 0x80) != 0 ? HeaderForm.TWO_BYTE : HeaderForm.THREE_BYTE;
    }

    private static int recordLength(HeaderForm form, int first, int second) {
        return (first << 8 | second) & form.maxLength();
    }

    /** True when the header counts more padding bytes than the record holds. */
    public boolean paddingExceedsData() {
        return padding > data.size();
    }

    /**
     * The data without its trailing padding bytes; meaningful once decrypted (MAC-DATA and
     * ACTUAL-DATA). None when the padding count exceeds the record.
     */
    public Option<Bytes> withoutPadding() {
        return paddingExceedsData() ? Option.none() : Option.some(data.take(data.size() - padding));
    }

    /**
     * The first byte of the data: the message type of a cleartext handshake record (CLIENT-HELLO
     * is 1). None for an empty record.
     */
    public Option<Integer> messageType() {
        return data.isEmpty() ? Option.none() : Option.some(data.get(0));
    }

    private static final class SSLv2RecordCodec implements Codec<SSLv2Record> {

        @Override
        public SSLv2Record read(ByteReader in) {
            int first;
            int second;
            try {
                first = in.readUint8();
                second = in.readUint8();
            } catch (CodecFailure f) {
                throw f.under("record_length");
            }
            HeaderForm form = formOf(first);
            int length = recordLength(form, first, second);
            if (form == HeaderForm.TWO_BYTE) {
                return new SSLv2Record(HeaderForm.TWO_BYTE, false, 0, data(in, length));
            }
            boolean escape = (first & 0x40) != 0;
            int padding;
            try {
                padding = in.readUint8();
            } catch (CodecFailure f) {
                throw f.under("padding");
            }
            return new SSLv2Record(HeaderForm.THREE_BYTE, escape, padding, data(in, length));
        }

        private static Bytes data(ByteReader in, int length) {
            try {
                return in.readBytes(length); // checked against what remains before slicing
            } catch (CodecFailure f) {
                throw f.under("data");
            }
        }

        @Override
        public void write(ByteWriter out, SSLv2Record value) {
            int length = value.data().size();
            HeaderForm form = value.form();
            if (length > form.maxLength()) {
                throw new CodecFailure(new CodecError.LengthOutOfRange(Path.root().under("record_length"), out.size(),
                        0, form.maxLength(), length));
            }
            if (form == HeaderForm.TWO_BYTE) {
                if (value.isEscape() || value.padding() != 0) {
                    throw invalid(out, value.isEscape() ? "is_escape" : "padding",
                            "the 2-byte header has no escape bit and no padding");
                }
                out.writeUint8(0x80 | length >>> 8);
                out.writeUint8(length & 0xff);
            } else {
                if (value.padding() < 0 || value.padding() > 0xff) {
                    throw invalid(out, "padding", value.padding() + " does not fit uint8");
                }
                out.writeUint8((value.isEscape() ? 0x40 : 0) | length >>> 8);
                out.writeUint8(length & 0xff);
                out.writeUint8(value.padding());
            }
            out.writeBytes(value.data());
        }

        private static CodecFailure invalid(ByteWriter out, String field, String reason) {
            return new CodecFailure(new CodecError.Invalid(Path.root().under(field), out.size(), reason));
        }

        @Override
        public Rendered render(SSLv2Record value) {
            Vector<Tuple2<String, Rendered>> fields = Vector.of(
                    Tuple.of("header", new Rendered.Text(value.form() == HeaderForm.TWO_BYTE ? "2-byte" : "3-byte")),
                    Tuple.of("record_length", new Rendered.Number(value.data().size())));
            if (value.form() == HeaderForm.THREE_BYTE) {
                fields = fields.append(Tuple.of("is_escape", new Rendered.Text(Boolean.toString(value.isEscape()))))
                        .append(Tuple.of("padding", new Rendered.Number(value.padding())));
            }
            return new Rendered.Fields(fields.append(Tuple.of("data", Rendered.of(value.data()))));
        }

        @Override
        public String toString() {
            return "SSLv2Record(2-byte or 3-byte header, data)";
        }
    }
}
