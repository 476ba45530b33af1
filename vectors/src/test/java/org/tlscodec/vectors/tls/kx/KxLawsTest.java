package org.tlscodec.vectors.tls.kx;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.tls.handshake.ClientKeyExchange;
import org.tlscodec.tls.handshake.DigitallySigned;
import org.tlscodec.tls.handshake.ECParameters;
import org.tlscodec.tls.handshake.ECPoint;
import org.tlscodec.tls.handshake.ServerDHParams;
import org.tlscodec.tls.handshake.ServerECDHParams;
import org.tlscodec.tls.handshake.ServerKeyExchange;
import org.tlscodec.tls.handshake.ServerRSAParams;
import org.tlscodec.tls.handshake.ServerSRPParams;
import org.tlscodec.vectors.laws.CodecLaws;

/**
 * The codec laws for ServerKeyExchange and ClientKeyExchange under a context of every key-exchange
 * family in TLS 1.0 and TLS 1.2 (SSL 3.0 for RSA; no key exchange at all), strict and lenient, and
 * for their parts.
 */
class KxLawsTest {

    private static Stream<DynamicTest> tests(Stream<CodecLaws<?>> laws) {
        return laws.flatMap(l -> l.laws().toJavaStream()).map(law -> DynamicTest.dynamicTest(law.name(), law.verify()::run));
    }

    @TestFactory
    Stream<DynamicTest> serverKeyExchangeKeepsTheLawsUnderEveryContext() {
        return tests(KxContexts.all().toJavaStream().flatMap(c -> {
            CodecLaws<ServerKeyExchange> strict = CodecLaws.of("ServerKeyExchange " + c._1, ServerKeyExchange.codec(c._2),
                    KxGens.serverKeyExchange(c._2));
            CodecLaws<ServerKeyExchange> lenient = CodecLaws.of("ServerKeyExchange lenient " + c._1,
                    ServerKeyExchange.codec(c._2.withLenient(true)), KxGens.serverKeyExchange(c._2)).notSelfDelimiting();
            return Stream.of(KxGens.serverKeyExchangeSelfDelimiting(c._2) ? strict : strict.notSelfDelimiting(), lenient);
        }));
    }

    @TestFactory
    Stream<DynamicTest> clientKeyExchangeKeepsTheLawsUnderEveryContext() {
        return tests(KxContexts.all().toJavaStream().flatMap(c -> {
            CodecLaws<ClientKeyExchange> strict = CodecLaws.of("ClientKeyExchange " + c._1, ClientKeyExchange.codec(c._2),
                    KxGens.clientKeyExchange(c._2));
            CodecLaws<ClientKeyExchange> lenient = CodecLaws.of("ClientKeyExchange lenient " + c._1,
                    ClientKeyExchange.codec(c._2.withLenient(true)), KxGens.clientKeyExchange(c._2)).notSelfDelimiting();
            return Stream.of(KxGens.clientKeyExchangeSelfDelimiting(c._2) ? strict : strict.notSelfDelimiting(), lenient);
        }));
    }

    @TestFactory
    Stream<DynamicTest> thePartsKeepTheLaws() {
        return tests(Stream.of(
                CodecLaws.of("ServerDHParams", ServerDHParams.CODEC, KxPartGens.serverDHParams()),
                CodecLaws.of("ServerRSAParams", ServerRSAParams.CODEC, KxPartGens.serverRSAParams()),
                CodecLaws.of("ServerSRPParams", ServerSRPParams.CODEC, KxPartGens.serverSRPParams()),
                CodecLaws.of("ECPoint", ECPoint.CODEC, KxPartGens.ecPoint()),
                CodecLaws.of("ECParameters", ECParameters.CODEC, KxPartGens.ecParameters()),
                CodecLaws.of("ECParameters explicit_prime", ECParameters.CODEC, KxPartGens.explicitPrime().map(p -> (ECParameters) p)),
                CodecLaws.of("ECParameters explicit_char2", ECParameters.CODEC, KxPartGens.explicitChar2().map(p -> (ECParameters) p)),
                CodecLaws.of("ServerECDHParams", ServerECDHParams.CODEC, KxPartGens.serverECDHParams()),
                CodecLaws.of("DigitallySigned TLS 1.2", DigitallySigned.TLS12, KxPartGens.digitallySigned(true)),
                CodecLaws.of("DigitallySigned TLS 1.0", DigitallySigned.LEGACY, KxPartGens.digitallySigned(false))));
    }
}
