/**
 * The passive conversation API: the bytes both sides sent, in capture order, plus whatever secrets are known, in; every record decoded (and decrypted where the secrets allow) and the final session out.
 */
@NullMarked
package org.tlscodec.session.conversation;

import org.jspecify.annotations.NullMarked;
