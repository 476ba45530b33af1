package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.Registry;
import org.tlscodec.tls.registry.RegistryValue;

/**
 * VersionedTransType (RFC 9162 section 4.4; IANA "VersionedTransType"): the kind of a Certificate
 * Transparency 2.0 TransItem, which decides the shape of its data. Open: an unknown type is kept.
 */
public record VersionedTransType(int code) implements RegistryValue {
    private static final Registry.Builder<VersionedTransType> B = Registry.builder("VersionedTransType", 2, VersionedTransType::new, VersionedTransType::code);

    public static final VersionedTransType X509_ENTRY_V2 = B.add(0x0100, "x509_entry_v2");
    public static final VersionedTransType PRECERT_ENTRY_V2 = B.add(0x0101, "precert_entry_v2");
    public static final VersionedTransType X509_SCT_V2 = B.add(0x0102, "x509_sct_v2");
    public static final VersionedTransType PRECERT_SCT_V2 = B.add(0x0103, "precert_sct_v2");
    public static final VersionedTransType SIGNED_TREE_HEAD_V2 = B.add(0x0104, "signed_tree_head_v2");
    public static final VersionedTransType CONSISTENCY_PROOF_V2 = B.add(0x0105, "consistency_proof_v2");
    public static final VersionedTransType INCLUSION_PROOF_V2 = B.add(0x0106, "inclusion_proof_v2");

    public static final Registry<VersionedTransType> REGISTRY = B.build();

    /** The wire form: two bytes. */
    public static final Codec<VersionedTransType> CODEC = REGISTRY.codec();

    public VersionedTransType {
        Registry.checkCode("VersionedTransType", 2, code);
    }

    /** The value for a code: the interned constant when known. */
    public static VersionedTransType of(int code) {
        return REGISTRY.of(code);
    }

    @Override
    public Registry<?> registry() {
        return REGISTRY;
    }

    @Override
    public String toString() {
        return display();
    }
}
