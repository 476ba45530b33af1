/**
 * The TLS registries of IANA as open value types: each keeps any code it is given, so every real
 * byte sequence round-trips, and has names for the codes it knows. Known codes decode to interned
 * constants, so a decode allocates nothing for them.
 */
@NullMarked
package org.tlscodec.tls.registry;

import org.jspecify.annotations.NullMarked;
