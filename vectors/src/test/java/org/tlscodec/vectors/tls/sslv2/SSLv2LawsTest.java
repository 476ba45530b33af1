package org.tlscodec.vectors.tls.sslv2;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.tls.sslv2.SSLv2ClientCertificate;
import org.tlscodec.tls.sslv2.SSLv2ClientHello;
import org.tlscodec.tls.sslv2.SSLv2ClientMasterKey;
import org.tlscodec.tls.sslv2.SSLv2Error;
import org.tlscodec.tls.sslv2.SSLv2Message;
import org.tlscodec.tls.sslv2.SSLv2ServerHello;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.laws.CodecLaws;

/** The codec laws for every SSL 2.0 message, alone and through the message select. */
class SSLv2LawsTest {

    private static <A extends SSLv2Message> CodecLaws<SSLv2Message> viaSelect(String name, Gen<A> gen) {
        return CodecLaws.of("SSLv2Message " + name, SSLv2Message.CODEC, gen.map(m -> (SSLv2Message) m));
    }

    @TestFactory
    Stream<DynamicTest> everySslV2MessageKeepsTheLaws() {
        return Stream.<CodecLaws<?>>of(
                        CodecLaws.of("SSLv2ClientHello", SSLv2ClientHello.CODEC, SSLv2Gens.clientHello()),
                        CodecLaws.of("SSLv2ServerHello", SSLv2ServerHello.CODEC, SSLv2Gens.serverHello()),
                        CodecLaws.of("SSLv2ClientMasterKey", SSLv2ClientMasterKey.CODEC, SSLv2Gens.clientMasterKey()),
                        CodecLaws.of("SSLv2ClientCertificate", SSLv2ClientCertificate.CODEC, SSLv2Gens.clientCertificate()),
                        CodecLaws.of("SSLv2Error", SSLv2Error.CODEC, SSLv2Gens.error()),
                        viaSelect("client_hello", SSLv2Gens.clientHello()),
                        viaSelect("server_hello", SSLv2Gens.serverHello()),
                        viaSelect("client_master_key", SSLv2Gens.clientMasterKey()),
                        viaSelect("client_certificate", SSLv2Gens.clientCertificate()),
                        viaSelect("error", SSLv2Gens.error()),
                        viaSelect("client_finished", SSLv2Gens.clientFinished()).notSelfDelimiting(),
                        viaSelect("server_verify", SSLv2Gens.serverVerify()).notSelfDelimiting(),
                        viaSelect("server_finished", SSLv2Gens.serverFinished()).notSelfDelimiting(),
                        viaSelect("request_certificate", SSLv2Gens.requestCertificate()).notSelfDelimiting(),
                        viaSelect("unknown", SSLv2Gens.unknown()).notSelfDelimiting(),
                        viaSelect("any", SSLv2Gens.message()).notSelfDelimiting())
                .flatMap(l -> l.laws().toJavaStream())
                .map(law -> DynamicTest.dynamicTest(law.name(), law.verify()::run));
    }
}
