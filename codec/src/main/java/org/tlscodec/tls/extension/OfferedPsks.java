package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * pre_shared_key in ClientHello:
 * {@code struct { PskIdentity identities<7..2^16-1>; PskBinderEntry binders<33..2^16-1>; } OfferedPsks;}
 * with {@code opaque PskBinderEntry<32..255>;} (RFC 8446 section 4.2.11). The lower bounds are
 * one smallest element each (a 1-byte identity with its age; a 32-byte binder). That there are
 * as many binders as identities, and that this extension comes last, are checks for the
 * validation pass: the codec keeps what was sent. The binders are computed over the ClientHello
 * up to the binders list (section 4.2.11.2), from the received bytes, not from a re-encoding.
 */
public record OfferedPsks(Vector<PskIdentity> identities, Vector<Bytes> binders) implements Extension {
    /** {@code opaque PskBinderEntry<32..255>}: an HMAC of the transcript, as long as the PSK's hash. */
    public static final Codec<Bytes> PSK_BINDER_ENTRY = opaque(1, 32, 255);

    public static final Codec<OfferedPsks> CODEC = struct(
            field("identities", vector(2, PskIdentity.CODEC, 7, 0xffff), OfferedPsks::identities),
            field("binders", vector(2, PSK_BINDER_ENTRY, 33, 0xffff), OfferedPsks::binders),
            OfferedPsks::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.PRE_SHARED_KEY;
    }
}
