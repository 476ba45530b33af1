package org.tlscodec.session.handshake;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.session.secrets.HelloExtensions;
import org.tlscodec.session.state.Negotiated;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.MaxFragmentLengthExtension;
import org.tlscodec.tls.extension.RecordSizeLimit;
import org.tlscodec.tls.handshake.ClientHello;

/**
 * The record limits the server's answer settles (ServerHello before TLS 1.3, EncryptedExtensions
 * in TLS 1.3):
 * <ul>
 *   <li>record_size_limit (RFC 8449 section 4) is in force only when both sent it: the server's
 *       value bounds what the client sends, the client's what the server sends; a client's value
 *       the server did not answer is dropped;</li>
 *   <li>otherwise max_fragment_length (RFC 6066 section 4), when the server echoes the client's
 *       request, bounds both directions to 2^9 to 2^12 bytes of plaintext (RFC 8449 section 5:
 *       record_size_limit wins over it); TLS 1.3 counts the inner content type in a record size
 *       limit, so one byte more there.</li>
 * </ul>
 */
final class RecordLimitsNegotiation {
    private RecordLimitsNegotiation() {
    }

    static Negotiated fromServer(Negotiated n, Option<ClientHello> clientHello, Option<Vector<Extension>> serverExtensions, boolean tls13) {
        Option<RecordSizeLimit> server = HelloExtensions.find(serverExtensions, RecordSizeLimit.class);
        if (server.isDefined()) {
            return n.withRecordSizeLimits(n.clientRecordSizeLimit(), Option.some(server.get().recordSizeLimit()));
        }
        Option<MaxFragmentLengthExtension> echoed = HelloExtensions.find(serverExtensions, MaxFragmentLengthExtension.class);
        Option<MaxFragmentLengthExtension> offered = clientHello.flatMap(ch -> HelloExtensions.find(ch.extensions(), MaxFragmentLengthExtension.class));
        if (echoed.isDefined() && offered.isDefined() && echoed.get().equals(offered.get())) {
            int code = echoed.get().maxFragmentLength().code();
            if (code >= 1 && code <= 4) {
                Option<Integer> limit = Option.some((1 << (8 + code)) + (tls13 ? 1 : 0));
                return n.withRecordSizeLimits(limit, limit);
            }
        }
        return n.withRecordSizeLimits(Option.none(), Option.none());
    }
}
