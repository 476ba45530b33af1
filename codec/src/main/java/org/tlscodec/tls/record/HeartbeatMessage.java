package org.tlscodec.tls.record;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.tlscodec.codec.ByteReader;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.CodecFailure;
import org.tlscodec.codec.Path;
import org.tlscodec.codec.Rendered;
import org.tlscodec.tls.registry.HeartbeatMessageType;

/**
 * The heartbeat message, RFC 6520 section 4, the whole body of a heartbeat record:
 *
 * <pre>
 * struct {
 *     HeartbeatMessageType type;
 *     uint16 payload_length;
 *     opaque payload[HeartbeatMessage.payload_length];
 *     opaque padding[padding_length];
 * } HeartbeatMessage;
 * </pre>
 *
 * <p>{@code payload_length} is not a vector length: it is a claim the sender makes, and the
 * padding's length is whatever the record leaves ("TLSPlaintext.length - payload_length - 3").
 * A claim longer than the record is exactly the Heartbleed bug (CVE-2014-0160), so the codec
 * represents it faithfully instead of failing: it keeps the claimed {@link #payloadLength()} and
 * the payload bytes actually present, with no padding. {@link #claimsMoreThanSent()} tells the
 * case, {@link #validate()} reports it as a {@link CodecError.Overrun} under {@code payload}, and
 * nothing is allocated for the claim. The codec is hand-written because {@code padding} is
 * defined by what remains after a length that may lie.
 *
 * <p>Not self-delimiting: the message takes the whole record fragment.
 *
 * @param type          request or response (other codes are kept)
 * @param payloadLength the payload_length field as sent, 0 to 2^16-1
 * @param payload       the payload bytes present: {@code payloadLength} of them, or fewer if the claim overruns the record
 * @param padding       the bytes after the payload (empty when the claim overruns the record)
 */
public record HeartbeatMessage(HeartbeatMessageType type, int payloadLength, Bytes payload, Bytes padding) {

    /** "The padding_length MUST be at least 16" (RFC 6520 section 4). */
    public static final int MIN_PADDING = 16;

    /** The faithful codec of section 4: byte-exact on every input of three bytes or more. */
    public static final Codec<HeartbeatMessage> CODEC = new HeartbeatCodec();

    /** A well-formed message: {@code payload_length} is the payload's size. */
    public static HeartbeatMessage of(HeartbeatMessageType type, Bytes payload, Bytes padding) {
        return new HeartbeatMessage(type, payload.size(), payload, padding);
    }

    /** True when payload_length claims more bytes than the record holds (Heartbleed). */
    public boolean claimsMoreThanSent() {
        return payloadLength > payload.size();
    }

    /** How many of the claimed payload bytes the record lacks; 0 for an honest message. */
    public int missingPayloadBytes() {
        return Math.max(0, payloadLength - payload.size());
    }

    /**
     * The rules of RFC 6520 section 4 that the faithful codec does not enforce: the payload fits
     * the record ({@link CodecError.Overrun} under {@code payload}, at offset 3, needing
     * {@code payload_length} bytes where fewer were available; section 4 says such a message
     * "MUST be discarded silently"), and at least 16 bytes of padding ({@link CodecError.Invalid}
     * under {@code padding}).
     */
    public Either<CodecError, HeartbeatMessage> validate() {
        if (claimsMoreThanSent()) {
            return Either.left(new CodecError.Overrun(Path.root().under("payload"), 3, payloadLength, payload.size()));
        }
        if (padding.size() < MIN_PADDING) {
            return Either.left(new CodecError.Invalid(Path.root().under("padding"), 3 + payload.size(),
                    "padding of " + padding.size() + " bytes, at least " + MIN_PADDING + " required"));
        }
        return Either.right(this);
    }

    private static final class HeartbeatCodec implements Codec<HeartbeatMessage> {

        @Override
        public HeartbeatMessage read(ByteReader in) {
            HeartbeatMessageType type;
            try {
                type = HeartbeatMessageType.CODEC.read(in);
            } catch (CodecFailure f) {
                throw f.under("type");
            }
            int claimed;
            try {
                claimed = in.readUint16();
            } catch (CodecFailure f) {
                throw f.under("payload_length");
            }
            if (claimed <= in.remaining()) {
                Bytes payload = in.readBytes(claimed);
                return new HeartbeatMessage(type, claimed, payload, in.readRemaining());
            }
            // The claim overruns the record: keep what is there, and the claim; allocate nothing for it.
            return new HeartbeatMessage(type, claimed, in.readRemaining(), Bytes.empty());
        }

        @Override
        public void write(ByteWriter out, HeartbeatMessage value) {
            int claimed = value.payloadLength();
            if (claimed < 0 || claimed > 0xffff) {
                throw invalid(out, "payload_length", claimed + " does not fit uint16");
            }
            if (value.payload().size() > claimed) {
                throw invalid(out, "payload", value.payload().size() + " payload bytes under a payload_length of " + claimed);
            }
            if (value.payload().size() < claimed && !value.padding().isEmpty()) {
                throw invalid(out, "padding", "a payload_length that overruns the record leaves no padding:"
                        + " these bytes would read back as payload");
            }
            try {
                HeartbeatMessageType.CODEC.write(out, value.type());
            } catch (CodecFailure f) {
                throw f.under("type");
            }
            out.writeUint16(claimed);
            out.writeBytes(value.payload());
            out.writeBytes(value.padding());
        }

        private static CodecFailure invalid(ByteWriter out, String field, String reason) {
            return new CodecFailure(new CodecError.Invalid(Path.root().under(field), out.size(), reason));
        }

        @Override
        public Rendered render(HeartbeatMessage value) {
            Vector<Tuple2<String, Rendered>> fields = Vector.of(
                    Tuple.of("type", Rendered.of(value.type())),
                    Tuple.of("payload_length", new Rendered.Number(value.payloadLength())),
                    Tuple.of("payload", Rendered.of(value.payload())),
                    Tuple.of("padding", Rendered.of(value.padding())));
            if (value.claimsMoreThanSent()) {
                fields = fields.append(Tuple.of("overrun", new Rendered.Text("payload_length claims "
                        + value.payloadLength() + " bytes, the record holds " + value.payload().size())));
            }
            return new Rendered.Fields(fields);
        }

        @Override
        public String toString() {
            return "HeartbeatMessage(HeartbeatMessageType type, uint16 payload_length, payload, padding to the end)";
        }
    }
}
