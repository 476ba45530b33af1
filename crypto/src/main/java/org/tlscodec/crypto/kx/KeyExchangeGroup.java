package org.tlscodec.crypto.kx;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.security.SecureRandom;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * Every group a TLS 1.3 key_share can name (RFC 8446 section 4.2.8), behind one interface: the
 * client makes a share and keeps its private state ({@link #clientShare}); the server answers a
 * client share with its own share and the shared secret ({@link #respond}); the client finishes
 * with the server's share ({@link ClientKeyShare#finish}). This is the KEM shape of
 * draft-ietf-tls-hybrid-design, which fits (EC)DHE, ML-KEM and the hybrids alike.
 *
 * <p>Shares and secrets take the TLS 1.3 forms: finite-field values padded to the prime (RFC 8446
 * sections 4.2.8.1, 7.4.1), uncompressed points (section 4.2.8.2), the hybrids' concatenations
 * (draft-ietf-tls-ecdhe-mlkem). Every share received is checked for its exact length and
 * validated before use. The TLS 1.2 forms (stripped DH secret, compressed points) are in {@link
 * DhKeyPair} and {@link EcKeyPair}; a TLS 1.2 ECDHE exchange also fits this interface with the roles
 * swapped, since the server's ServerKeyExchange point comes first there.
 */
public final class KeyExchangeGroup {
    private static final Vector<NamedGroup> SUPPORTED = Vector.of(
            NamedGroup.SECP256R1, NamedGroup.SECP384R1, NamedGroup.SECP521R1,
            NamedGroup.BRAINPOOLP256R1, NamedGroup.BRAINPOOLP384R1, NamedGroup.BRAINPOOLP512R1,
            NamedGroup.X25519, NamedGroup.X448,
            NamedGroup.BRAINPOOLP256R1TLS13, NamedGroup.BRAINPOOLP384R1TLS13, NamedGroup.BRAINPOOLP512R1TLS13,
            NamedGroup.FFDHE2048, NamedGroup.FFDHE3072, NamedGroup.FFDHE4096, NamedGroup.FFDHE6144, NamedGroup.FFDHE8192,
            NamedGroup.MLKEM512, NamedGroup.MLKEM768, NamedGroup.MLKEM1024,
            NamedGroup.SECP256R1_MLKEM768, NamedGroup.X25519_MLKEM768, NamedGroup.SECP384R1_MLKEM1024);

    private final NamedGroup group;
    private final ShareKem kem;

    private KeyExchangeGroup(NamedGroup group, ShareKem kem) {
        this.group = group;
        this.kem = kem;
    }

    /** The key exchange of a group; UnsupportedGroup for any group not in {@link #supported()}. */
    public static Either<KxError, KeyExchangeGroup> of(NamedGroup group) {
        return kemOf(group).map(kem -> new KeyExchangeGroup(group, kem)).toEither(() -> new KxError.UnsupportedGroup(group));
    }

    /** The groups {@link #of} accepts, in registry order. */
    public static Vector<NamedGroup> supported() {
        return SUPPORTED;
    }

    private static Option<ShareKem> kemOf(NamedGroup group) {
        return switch (group.code()) {
            case 29 -> Option.some(new XdhKem(Xdh.X25519));
            case 30 -> Option.some(new XdhKem(Xdh.X448));
            case 0x0200 -> Option.some(new MlKemShareKem(MlKem.ML_KEM_512));
            case 0x0201 -> Option.some(new MlKemShareKem(MlKem.ML_KEM_768));
            case 0x0202 -> Option.some(new MlKemShareKem(MlKem.ML_KEM_1024));
            // draft-ietf-tls-ecdhe-mlkem: the order of the parts differs per group.
            case 0x11eb -> Option.some(new HybridKem("SecP256r1MLKEM768", new EcdheKem(EcCurve.SECP256R1), new MlKemShareKem(MlKem.ML_KEM_768)));
            case 0x11ec -> Option.some(new HybridKem("X25519MLKEM768", new MlKemShareKem(MlKem.ML_KEM_768), new XdhKem(Xdh.X25519)));
            case 0x11ed -> Option.some(new HybridKem("SecP384r1MLKEM1024", new EcdheKem(EcCurve.SECP384R1), new MlKemShareKem(MlKem.ML_KEM_1024)));
            default -> EcCurve.of(group).<ShareKem>map(EcdheKem::new).orElse(() -> DhGroup.of(group).map(FfdheKem::new));
        };
    }

    /** The group. */
    public NamedGroup namedGroup() {
        return group;
    }

    /** The exact length of a client's key_exchange for this group. */
    public int clientShareLength() {
        return kem.clientShareLength();
    }

    /** The exact length of a server's key_exchange for this group. */
    public int serverShareLength() {
        return kem.serverShareLength();
    }

    /** The client's side: a fresh share for the ClientHello and the private state to finish with. */
    public ClientKeyShare clientShare(SecureRandom random) {
        ShareKem.KeyPair pair = kem.generate(random);
        return new ClientKeyShare(group, pair.share(), pair.decapsulation());
    }

    /** The server's side: its share for the ServerHello and the shared secret, from a client's share. */
    public Either<KxError, ServerKeyShare> respond(Bytes clientShare, SecureRandom random) {
        return kem.encapsulate(clientShare, random).map(e -> new ServerKeyShare(group, e.share(), e.secret()));
    }

    @Override
    public String toString() {
        return "KeyExchangeGroup[" + group + ", client share " + clientShareLength() + " bytes, server share "
                + serverShareLength() + " bytes]";
    }
}
