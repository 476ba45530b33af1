package org.tlscodec.session.conversation;

import io.vavr.control.Option;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * What a dissected connection came to: version, suite, server name, ALPN protocol, whether it
 * resumed a session, whether every protected record was decrypted, and how many records and
 * errors there were.
 */
public record ConversationSummary(Option<ProtocolVersion> version, Option<CipherSuite> cipherSuite, Option<String> serverName,
                                  Option<String> alpn, boolean resumed, boolean decrypted, int records, int errors) {
}
