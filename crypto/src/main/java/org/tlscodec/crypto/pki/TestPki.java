package org.tlscodec.crypto.pki;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;

/** A generated test PKI: the CA, the three servers and the client. */
public record TestPki(IssuedCertificate ca, IssuedCertificate serverRsa, IssuedCertificate serverEcdsa,
                      IssuedCertificate serverEd25519, IssuedCertificate client) {

    /** Every leaf with the base name of its files (e.g. "server-rsa"). */
    public Vector<Tuple2<String, IssuedCertificate>> leaves() {
        return Vector.of(Tuple.of("server-rsa", serverRsa), Tuple.of("server-ecdsa", serverEcdsa),
                Tuple.of("server-ed25519", serverEd25519), Tuple.of("client", client));
    }

    /** Everything, the CA first, with the base name of its files. */
    public Vector<Tuple2<String, IssuedCertificate>> all() {
        return leaves().prepend(Tuple.of("ca", ca));
    }
}
