/**
 * One step per handshake message (DESIGN.md section 4), shared by decoding and encoding: how the session picks the message's codec, and how the session changes once the message is seen (transcript, negotiated parameters, secrets, key changes).
 */
@NullMarked
package org.tlscodec.session.handshake;

import org.jspecify.annotations.NullMarked;
