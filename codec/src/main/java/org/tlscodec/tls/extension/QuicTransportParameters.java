package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.Codecs;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * quic_transport_parameters in ClientHello and EncryptedExtensions (RFC 9001 section 8.2): the
 * extension_data is RFC 9000 section 18's sequence of Transport Parameters, one after another to
 * the end, with no count or length of its own.
 */
public record QuicTransportParameters(Vector<TransportParameter> transportParameters) implements Extension {
    public static final Codec<QuicTransportParameters> CODEC = struct(
            field("transport_parameters", Codecs.itemsToEnd(TransportParameter.CODEC), QuicTransportParameters::transportParameters),
            QuicTransportParameters::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.QUIC_TRANSPORT_PARAMETERS;
    }
}
