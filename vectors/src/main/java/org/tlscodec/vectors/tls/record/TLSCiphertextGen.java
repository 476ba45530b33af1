package org.tlscodec.vectors.tls.record;

import io.vavr.Tuple;
import org.tlscodec.tls.record.RecordLimits;
import org.tlscodec.tls.record.TLSCiphertext;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.vectors.gen.Gen;

/** Generators of {@link TLSCiphertext} (RFC 8446 section 5.2, RFC 5246 section 6.2.3). */
public final class TLSCiphertextGen {
    private TLSCiphertextGen() {
    }

    /** TLS 1.3 records: mostly application_data / 0x0303 as section 5.2 fixes them; bodies up to 2^14+256. */
    public static Gen<TLSCiphertext> tls13() {
        return within(RecordLimits.TLS13_CIPHERTEXT);
    }

    /** TLS 1.2 records: bodies up to 2^14+2048. */
    public static Gen<TLSCiphertext> tls12() {
        return within(RecordLimits.TLS12_CIPHERTEXT);
    }

    /** Records whose body respects {@code limits}. */
    public static Gen<TLSCiphertext> within(RecordLimits limits) {
        Gen<ContentType> types = Gen.frequency(
                Tuple.of(4, Gen.constant(ContentType.APPLICATION_DATA)),
                Tuple.of(1, TLSPlaintextGen.contentTypes()));
        Gen<ProtocolVersion> versions = Gen.frequency(
                Tuple.of(4, Gen.constant(ProtocolVersion.TLS_1_2)),
                Tuple.of(1, TLSPlaintextGen.versions()));
        return Gen.zip(types, versions, Payloads.upTo(limits.maxFragment()))
                .map(t -> new TLSCiphertext(t._1, t._2, t._3));
    }
}
