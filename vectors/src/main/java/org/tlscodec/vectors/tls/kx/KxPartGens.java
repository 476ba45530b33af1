package org.tlscodec.vectors.tls.kx;

import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.handshake.DigitallySigned;
import org.tlscodec.tls.handshake.ECParameters;
import org.tlscodec.tls.handshake.ECParametersBasis;
import org.tlscodec.tls.handshake.ECParametersCurve;
import org.tlscodec.tls.handshake.ECParametersExplicitChar2;
import org.tlscodec.tls.handshake.ECParametersExplicitPrime;
import org.tlscodec.tls.handshake.ECParametersNamedCurve;
import org.tlscodec.tls.handshake.ECParametersPentanomial;
import org.tlscodec.tls.handshake.ECParametersTrinomial;
import org.tlscodec.tls.handshake.ECPoint;
import org.tlscodec.tls.handshake.ServerDHParams;
import org.tlscodec.tls.handshake.ServerECDHParams;
import org.tlscodec.tls.handshake.ServerRSAParams;
import org.tlscodec.tls.handshake.ServerSRPParams;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.tls.registry.RegistryGens;

/**
 * Generators of the parts of the key-exchange messages: the parameter structures, explicit and
 * named curves, points and signatures. Every opaque respects its RFC bounds; sizes stay small.
 */
public final class KxPartGens {
    private KxPartGens() {
    }

    /** {@code opaque x<1..2^k-1>}, small. */
    static Gen<Bytes> nonEmpty() {
        return Gen.bytes(1, 24);
    }

    /** {@code opaque x<0..2^k-1>}, small. */
    static Gen<Bytes> any() {
        return Gen.bytes(0, 24);
    }

    public static Gen<ServerDHParams> serverDHParams() {
        return nonEmpty().flatMap(p -> nonEmpty().flatMap(g -> nonEmpty().map(ys -> new ServerDHParams(p, g, ys))));
    }

    public static Gen<ServerRSAParams> serverRSAParams() {
        return Gen.zipWith(nonEmpty(), nonEmpty(), ServerRSAParams::new);
    }

    public static Gen<ServerSRPParams> serverSRPParams() {
        return nonEmpty().flatMap(n -> nonEmpty().flatMap(g -> nonEmpty().flatMap(s -> nonEmpty()
                .map(b -> new ServerSRPParams(n, g, s, b)))));
    }

    public static Gen<ECPoint> ecPoint() {
        return Gen.bytes(1, 65).map(ECPoint::new);
    }

    public static Gen<ECParametersCurve> ecCurve() {
        return Gen.zipWith(nonEmpty(), nonEmpty(), ECParametersCurve::new);
    }

    public static Gen<ECParametersBasis> ecBasis() {
        return Gen.oneOf(
                nonEmpty().map(k -> (ECParametersBasis) new ECParametersTrinomial(k)),
                nonEmpty().flatMap(k1 -> nonEmpty().flatMap(k2 -> nonEmpty()
                        .map(k3 -> (ECParametersBasis) new ECParametersPentanomial(k1, k2, k3)))));
    }

    public static Gen<ECParametersExplicitPrime> explicitPrime() {
        return nonEmpty().flatMap(p -> ecCurve().flatMap(c -> ecPoint().flatMap(base -> nonEmpty().flatMap(order -> nonEmpty()
                .map(cofactor -> new ECParametersExplicitPrime(p, c, base, order, cofactor))))));
    }

    public static Gen<ECParametersExplicitChar2> explicitChar2() {
        return Gen.ints(0, 0xffff).flatMap(m -> ecBasis().flatMap(basis -> ecCurve().flatMap(c -> ecPoint().flatMap(base ->
                nonEmpty().flatMap(order -> nonEmpty().map(cofactor -> new ECParametersExplicitChar2(m, basis, c, base, order, cofactor)))))));
    }

    /** Mostly named curves, as deployed, with the explicit forms of RFC 4492 too. */
    @SuppressWarnings("unchecked")
    public static Gen<ECParameters> ecParameters() {
        return Gen.frequency(
                io.vavr.Tuple.of(4, RegistryGens.namedGroup().map(g -> (ECParameters) new ECParametersNamedCurve(g))),
                io.vavr.Tuple.of(1, explicitPrime().map(p -> (ECParameters) p)),
                io.vavr.Tuple.of(1, explicitChar2().map(p -> (ECParameters) p)));
    }

    public static Gen<ServerECDHParams> serverECDHParams() {
        return Gen.zipWith(ecParameters(), ecPoint(), ServerECDHParams::new);
    }

    /** A DigitallySigned of the TLS 1.2 shape ({@code withAlgorithm}) or of the older one. */
    public static Gen<DigitallySigned> digitallySigned(boolean withAlgorithm) {
        Gen<Bytes> signature = Gen.bytes(0, 64);
        return withAlgorithm
                ? Gen.zipWith(RegistryGens.signatureScheme(), signature, DigitallySigned::of)
                : signature.map(s -> new DigitallySigned(Option.none(), s));
    }
}
