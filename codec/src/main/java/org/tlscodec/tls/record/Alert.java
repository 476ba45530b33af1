package org.tlscodec.tls.record;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.AlertDescription;
import org.tlscodec.tls.registry.AlertLevel;

/**
 * An alert, the body of an alert record: RFC 8446 section 6 (RFC 5246 section 7.2 is the same two bytes):
 *
 * <pre>
 * struct {
 *     AlertLevel level;
 *     AlertDescription description;
 * } Alert;
 * </pre>
 *
 * <p>Both registries are open, so an unregistered level or description is kept and re-encoded
 * as sent. TLS 1.3 ignores the level ("implicit in the description"), yet it is on the wire.
 */
public record Alert(AlertLevel level, AlertDescription description) {

    /** The two bytes, in the RFC's order and under its names. */
    public static final Codec<Alert> CODEC = struct(
            field("level", AlertLevel.CODEC, Alert::level),
            field("description", AlertDescription.CODEC, Alert::description),
            Alert::new);
}
