/**
 * TLS extensions (RFC 8446 section 4.2 and the RFCs that register them), each a record with its
 * codec, one variant per message where the bytes differ by message. {@link org.tlscodec.tls.extension.Extensions}
 * builds the extension list codec of each message from the catalog; unknown types are kept byte
 * for byte; rules (duplicates, order, which message may carry what) are a separate pass,
 * {@link org.tlscodec.tls.extension.ExtensionRules}.
 */
@NullMarked
package org.tlscodec.tls.extension;

import org.jspecify.annotations.NullMarked;
