/**
 * Generators for the TLS registries of {@code org.tlscodec.tls.registry}: registered values,
 * GREASE and unregistered codes, in proportions that exercise both the named and the open side
 * of each registry.
 */
@NullMarked
package org.tlscodec.vectors.tls.registry;

import org.jspecify.annotations.NullMarked;
