package org.tlscodec.tls.extension;

import static org.tlscodec.tls.extension.ExtensionContext.CERTIFICATE;
import static org.tlscodec.tls.extension.ExtensionContext.CERTIFICATE_REQUEST;
import static org.tlscodec.tls.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlscodec.tls.extension.ExtensionContext.ENCRYPTED_EXTENSIONS;
import static org.tlscodec.tls.extension.ExtensionContext.HELLO_RETRY_REQUEST;
import static org.tlscodec.tls.extension.ExtensionContext.NEW_SESSION_TICKET;
import static org.tlscodec.tls.extension.ExtensionContext.SERVER_HELLO;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.EnumSet;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.Grease;

/**
 * The rules of extension blocks, checked apart from decoding so that the codecs stay byte-exact
 * on whatever a peer sends (DESIGN.md section 3). Every check answers findings and never changes
 * the value. Checked: duplicates (RFC 8446 section 4.2), pre_shared_key last (4.2.11), which TLS
 * 1.3 message may carry which extension (the 4.2 table, extended with IANA's "TLS 1.3" column for
 * extensions registered later), empty lists the RFCs forbid, malformed extensions kept by lenient
 * decoding, GREASE sent by a server (RFC 8701 section 4), and server extensions the client never
 * offered.
 */
public final class ExtensionRules {
    private static final Map<ExtensionType, EnumSet<ExtensionContext>> TLS13_ALLOWED = HashMap.ofEntries(
            allowed(ExtensionType.SERVER_NAME, CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
            allowed(ExtensionType.MAX_FRAGMENT_LENGTH, CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
            allowed(ExtensionType.STATUS_REQUEST, CLIENT_HELLO, CERTIFICATE_REQUEST, CERTIFICATE),
            allowed(ExtensionType.SUPPORTED_GROUPS, CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
            allowed(ExtensionType.SIGNATURE_ALGORITHMS, CLIENT_HELLO, CERTIFICATE_REQUEST),
            allowed(ExtensionType.USE_SRTP, CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
            allowed(ExtensionType.HEARTBEAT, CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
            allowed(ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION, CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
            allowed(ExtensionType.SIGNED_CERTIFICATE_TIMESTAMP, CLIENT_HELLO, CERTIFICATE_REQUEST, CERTIFICATE),
            allowed(ExtensionType.CLIENT_CERTIFICATE_TYPE, CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
            allowed(ExtensionType.SERVER_CERTIFICATE_TYPE, CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
            allowed(ExtensionType.PADDING, CLIENT_HELLO),
            allowed(ExtensionType.PRE_SHARED_KEY, CLIENT_HELLO, SERVER_HELLO),
            allowed(ExtensionType.EARLY_DATA, CLIENT_HELLO, ENCRYPTED_EXTENSIONS, NEW_SESSION_TICKET),
            allowed(ExtensionType.PSK_KEY_EXCHANGE_MODES, CLIENT_HELLO),
            allowed(ExtensionType.COOKIE, CLIENT_HELLO, HELLO_RETRY_REQUEST),
            allowed(ExtensionType.SUPPORTED_VERSIONS, CLIENT_HELLO, SERVER_HELLO, HELLO_RETRY_REQUEST),
            allowed(ExtensionType.CERTIFICATE_AUTHORITIES, CLIENT_HELLO, CERTIFICATE_REQUEST),
            allowed(ExtensionType.OID_FILTERS, CERTIFICATE_REQUEST),
            allowed(ExtensionType.POST_HANDSHAKE_AUTH, CLIENT_HELLO),
            allowed(ExtensionType.SIGNATURE_ALGORITHMS_CERT, CLIENT_HELLO, CERTIFICATE_REQUEST),
            allowed(ExtensionType.KEY_SHARE, CLIENT_HELLO, SERVER_HELLO, HELLO_RETRY_REQUEST),
            // Registered after RFC 8446; their messages as IANA's "TLS 1.3" column gives them.
            allowed(ExtensionType.RECORD_SIZE_LIMIT, CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
            allowed(ExtensionType.COMPRESS_CERTIFICATE, CLIENT_HELLO, CERTIFICATE_REQUEST),
            allowed(ExtensionType.DELEGATED_CREDENTIAL, CLIENT_HELLO, CERTIFICATE_REQUEST, CERTIFICATE),
            allowed(ExtensionType.TICKET_REQUEST, CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
            allowed(ExtensionType.QUIC_TRANSPORT_PARAMETERS, CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
            allowed(ExtensionType.ENCRYPTED_CLIENT_HELLO, CLIENT_HELLO, HELLO_RETRY_REQUEST, ENCRYPTED_EXTENSIONS),
            allowed(ExtensionType.CONNECTION_ID, CLIENT_HELLO, SERVER_HELLO),
            allowed(ExtensionType.TRANSPARENCY_INFO, CLIENT_HELLO, CERTIFICATE),
            allowed(ExtensionType.EXTERNAL_ID_HASH, CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
            allowed(ExtensionType.EXTERNAL_SESSION_ID, CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
            allowed(ExtensionType.TOKEN_BINDING, CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
            allowed(ExtensionType.CACHED_INFO, CLIENT_HELLO, ENCRYPTED_EXTENSIONS));

    private ExtensionRules() {
    }

    private static io.vavr.Tuple2<ExtensionType, EnumSet<ExtensionContext>> allowed(
            ExtensionType type, ExtensionContext first, ExtensionContext... rest) {
        return io.vavr.Tuple.of(type, EnumSet.of(first, rest));
    }

    /**
     * The findings for one extension block of a message. {@code tls13} says whether the message
     * belongs to a TLS 1.3 handshake, where the 4.2 table applies to every message but ClientHello
     * (a ClientHello may offer anything; TLS 1.2 ServerHellos answer whatever was offered).
     */
    public static Vector<ExtensionFinding> check(ExtensionContext context, Vector<Extension> extensions, boolean tls13) {
        Vector<ExtensionFinding> findings = Vector.empty();
        Set<ExtensionType> seen = HashSet.empty();
        for (int i = 0; i < extensions.size(); i++) {
            Extension e = extensions.get(i);
            ExtensionType type = e.type();
            if (seen.contains(type)) {
                findings = findings.append(new ExtensionFinding(i, type, ExtensionFinding.Rule.DUPLICATE,
                        "a second " + type + " in one block"));
            }
            seen = seen.add(type);
            if (context == CLIENT_HELLO && type.equals(ExtensionType.PRE_SHARED_KEY) && i != extensions.size() - 1) {
                findings = findings.append(new ExtensionFinding(i, type, ExtensionFinding.Rule.PRE_SHARED_KEY_NOT_LAST,
                        "pre_shared_key must be the last extension of a ClientHello"));
            }
            if (tls13 && context != CLIENT_HELLO && !Grease.isGrease16(type.code())) {
                Option<EnumSet<ExtensionContext>> where = TLS13_ALLOWED.get(type);
                if (where.isEmpty() || !where.get().contains(context)) {
                    findings = findings.append(new ExtensionFinding(i, type, ExtensionFinding.Rule.NOT_ALLOWED_IN_MESSAGE,
                            type + " is not allowed in " + context.column() + " in TLS 1.3"));
                }
            }
            if (context != CLIENT_HELLO && Grease.isGrease16(type.code())) {
                findings = findings.append(new ExtensionFinding(i, type, ExtensionFinding.Rule.GREASE_FROM_SERVER,
                        "GREASE extension types are sent by clients only"));
            }
            findings = findings.appendAll(contentFindings(i, context, e));
        }
        return findings;
    }

    /** Findings about one extension's own content: malformed, or an empty list the RFC forbids. */
    private static Vector<ExtensionFinding> contentFindings(int i, ExtensionContext context, Extension e) {
        if (e instanceof MalformedExtension m) {
            CodecError error = m.error();
            if (error instanceof CodecError.LengthOutOfRange r && r.actual() == 0) {
                return Vector.of(new ExtensionFinding(i, e.type(), ExtensionFinding.Rule.EMPTY_LIST,
                        "empty list at " + error.path() + ", where the RFC requires at least " + r.min() + " bytes"));
            }
            return Vector.of(new ExtensionFinding(i, e.type(), ExtensionFinding.Rule.MALFORMED, error.describe()));
        }
        if (e instanceof UnknownExtension) {
            return Vector.empty();
        }
        // A typed value built by hand may hold an empty list its codec refuses to write.
        return Extensions.extension(context).encode(e).swap().toVector()
                .filter(err -> err instanceof CodecError.LengthOutOfRange r && r.actual() == 0)
                .map(err -> new ExtensionFinding(i, e.type(), ExtensionFinding.Rule.EMPTY_LIST,
                        "empty list at " + err.path() + ", where the RFC requires at least "
                                + ((CodecError.LengthOutOfRange) err).min() + " bytes"));
    }

    /**
     * The findings for a ServerHello's (or EncryptedExtensions') block against the ClientHello it
     * answers: every extension but cookie-like server-initiated ones must answer one offered.
     */
    public static Vector<ExtensionFinding> checkAnswer(Vector<Extension> offered, ExtensionContext context,
                                                       Vector<Extension> answered) {
        Set<ExtensionType> offeredTypes = HashSet.ofAll(offered.map(Extension::type));
        Vector<ExtensionFinding> findings = Vector.empty();
        for (int i = 0; i < answered.size(); i++) {
            ExtensionType t = answered.get(i).type();
            if (!offeredTypes.contains(t) && !(context == HELLO_RETRY_REQUEST && t.equals(ExtensionType.COOKIE))) {
                findings = findings.append(new ExtensionFinding(i, t, ExtensionFinding.Rule.UNSOLICITED,
                        t + " was not offered by the client"));
            }
        }
        return findings;
    }
}
