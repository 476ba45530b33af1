package org.tlscodec.vectors.tls.record;

import org.tlscodec.tls.record.Alert;
import org.tlscodec.tls.registry.AlertDescription;
import org.tlscodec.tls.registry.AlertLevel;
import org.tlscodec.vectors.gen.Gen;

/** Generators of {@link Alert} (RFC 8446 section 6). */
public final class AlertGen {
    private AlertGen() {
    }

    /** Alerts: registered levels and descriptions mostly, any byte sometimes. */
    public static Gen<Alert> any() {
        return Gen.zipWith(Codes.of(AlertLevel.REGISTRY), Codes.of(AlertDescription.REGISTRY), Alert::new);
    }
}
