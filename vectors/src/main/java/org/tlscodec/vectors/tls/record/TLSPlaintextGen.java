package org.tlscodec.vectors.tls.record;

import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.record.RecordLimits;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.vectors.gen.Gen;

/** Generators of {@link TLSPlaintext} (RFC 8446 section 5.1). */
public final class TLSPlaintextGen {
    private TLSPlaintextGen() {
    }

    /** Record-layer versions: mostly registered, sometimes any 16-bit code. */
    public static Gen<ProtocolVersion> versions() {
        return Codes.of(ProtocolVersion.REGISTRY);
    }

    /** Content types: mostly registered, sometimes any byte. */
    public static Gen<ContentType> contentTypes() {
        return Codes.of(ContentType.REGISTRY);
    }

    /** Records within the RFC's bound: a fragment of 0 to 2^14 bytes, for {@link TLSPlaintext#CODEC}. */
    public static Gen<TLSPlaintext> any() {
        return withFragments(Payloads.upTo(RecordLimits.TLS_PLAINTEXT.maxFragment()));
    }

    /** Records over the RFC's bound (2^14+1 to 2^16-1 bytes), for {@link TLSPlaintext#CODEC_OVERSIZE_ALLOWED}. */
    public static Gen<TLSPlaintext> oversize() {
        return withFragments(Payloads.between(RecordLimits.TLS_PLAINTEXT.maxFragment() + 1, RecordLimits.OVERSIZE_ALLOWED.maxFragment()));
    }

    /** Records of any length the header can hold: mostly within the bound, sometimes over it. */
    public static Gen<TLSPlaintext> anyLength() {
        return Gen.oneOf(any(), oversize());
    }

    /** Small records (at most {@code max} bytes of fragment), for streams of many records. */
    public static Gen<TLSPlaintext> small(int max) {
        return withFragments(Gen.bytes(0, max));
    }

    /** Records whose fragments come from {@code fragments}. */
    public static Gen<TLSPlaintext> withFragments(Gen<Bytes> fragments) {
        return Gen.zip(contentTypes(), versions(), fragments).map(t -> new TLSPlaintext(t._1, t._2, t._3));
    }
}
