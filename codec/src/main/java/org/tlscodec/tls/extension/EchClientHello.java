package org.tlscodec.tls.extension;

import org.tlscodec.tls.registry.EchClientHelloType;
import static org.tlscodec.codec.Codecs.provide;
import static org.tlscodec.codec.Codecs.select;

import org.tlscodec.codec.Codec;

/**
 * encrypted_client_hello in ClientHello: {@code struct { ECHClientHelloType type; select
 * (ECHClientHello.type) { case outer: ...; case inner: Empty; }; } ECHClientHello;}
 * (draft-ietf-tls-esni-22 section 5). The outer form carries the encrypted inner hello; the inner
 * form is a one-byte marker inside the encrypted hello. A type this library does not know is kept
 * with the rest of the extension as {@link EchClientHelloUnknown}.
 */
public sealed interface EchClientHello extends Extension permits EchClientHelloOuter, EchClientHelloInner, EchClientHelloUnknown {

    Codec<EchClientHello> CODEC = select(EchClientHelloType.CODEC, EchClientHello::helloType)
            .caseOf(EchClientHelloType.OUTER, "outer", EchClientHelloOuter.class, EchClientHelloOuter.CODEC)
            .caseOf(EchClientHelloType.INNER, "inner", EchClientHelloInner.class, provide(new EchClientHelloInner()))
            .otherwise(EchClientHelloUnknown.class, EchClientHelloUnknown::new, EchClientHelloUnknown::body)
            .named("ECHClientHello");

    /** The ECHClientHelloType on the wire ({@code type} in the draft; {@link #type()} is the extension's). */
    EchClientHelloType helloType();

    // No default type() here: an interface with a default method is initialised before the
    // records that implement it (JLS 12.4.1), which would read their CODEC while still null.
}
