package org.tlscodec.vectors.tls.extension;

import io.vavr.collection.Vector;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.tls.extension.KeyShareClientHello;
import org.tlscodec.tls.extension.KeyShareEntry;
import org.tlscodec.tls.extension.KeyShareHelloRetryRequest;
import org.tlscodec.tls.extension.KeyShareServerHello;
import org.tlscodec.tls.extension.SupportedVersionsClientHello;
import org.tlscodec.tls.extension.SupportedVersionsServerHello;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.tls.registry.RegistryGens;

/** Generators of the extensions in {@code Tls13Extensions}: key_share and supported_versions. */
public final class Tls13ExtensionGens {
    private Tls13ExtensionGens() {
    }

    public static Gen<KeyShareEntry> keyShareEntry() {
        return Gen.zipWith(RegistryGens.namedGroup(), Gen.bytes(1, 97), KeyShareEntry::new);
    }

    static Vector<Gen<Extension>> forContext(ExtensionContext context) {
        switch (context) {
            case CLIENT_HELLO:
                return Vector.of(
                        Gen.listOf(RegistryGens.protocolVersion(), 1, 8).map(v -> (Extension) new SupportedVersionsClientHello(v)),
                        Gen.listOf(keyShareEntry(), 0, 3).map(v -> (Extension) new KeyShareClientHello(v)));
            case SERVER_HELLO:
                return Vector.of(
                        RegistryGens.protocolVersion().map(v -> (Extension) new SupportedVersionsServerHello(v)),
                        keyShareEntry().map(e -> (Extension) new KeyShareServerHello(e)));
            case HELLO_RETRY_REQUEST:
                return Vector.of(
                        RegistryGens.protocolVersion().map(v -> (Extension) new SupportedVersionsServerHello(v)),
                        RegistryGens.namedGroup().map(g -> (Extension) new KeyShareHelloRetryRequest(g)));
            default:
                return Vector.empty();
        }
    }
}
