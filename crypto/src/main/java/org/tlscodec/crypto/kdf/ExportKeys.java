package org.tlscodec.crypto.kdf;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;

/**
 * Final keys and IVs of the export suites. The key block only gives short "export" write keys
 * (5 bytes for the 40-bit suites) and no IVs; the final keys are stretched from them with the
 * public randoms, so their strength stays that of the short keys.
 */
public final class ExportKeys {
    private ExportKeys() {
    }

    /**
     * TLS 1.0 (RFC 2246 section 6.3): final_client_write_key = PRF(client_write_key, "client write
     * key", client_random + server_random), the server's likewise with "server write key", and
     * iv_block = PRF("", "IV block", client_random + server_random) cut into client IV then server IV.
     */
    public static Either<KdfError, KeyMaterial> tls10(KeyMaterial exportable, Bytes clientRandom, Bytes serverRandom,
                                                     int finalKeyLength, int ivLength) {
        Prf prf = new Prf.Tls10();
        Bytes randoms = clientRandom.concat(serverRandom);
        return prf.compute(exportable.clientKey(), "client write key", randoms, finalKeyLength).flatMap(clientKey ->
                prf.compute(exportable.serverKey(), "server write key", randoms, finalKeyLength).flatMap(serverKey ->
                        prf.compute(Bytes.empty(), "IV block", randoms, 2 * ivLength).map(ivBlock ->
                                exportable.withKeysAndIvs(clientKey, serverKey, ivBlock.take(ivLength), ivBlock.drop(ivLength)))));
    }

    /**
     * SSL 3.0 (RFC 6101 section 6.2.2): final_client_write_key = MD5(client_write_key +
     * ClientHello.random + ServerHello.random), final_server_write_key = MD5(server_write_key +
     * ServerHello.random + ClientHello.random), client_write_IV = MD5(ClientHello.random +
     * ServerHello.random), server_write_IV = MD5(ServerHello.random + ClientHello.random), each cut
     * to its length (at most 16, the MD5 length).
     */
    public static Either<KdfError, KeyMaterial> ssl3(KeyMaterial exportable, Bytes clientRandom, Bytes serverRandom,
                                                    int finalKeyLength, int ivLength) {
        int max = HashAlgorithm.MD5.length();
        if (finalKeyLength > max || ivLength > max) {
            return Either.left(new KdfError.OutputTooLong("SSL 3.0 export key", Math.max(finalKeyLength, ivLength), max));
        }
        if (finalKeyLength < 0 || ivLength < 0) {
            return Either.left(new KdfError.NegativeLength("SSL 3.0 export key", Math.min(finalKeyLength, ivLength)));
        }
        HashAlgorithm md5 = HashAlgorithm.MD5;
        Bytes clientKey = md5.digest(exportable.clientKey(), clientRandom, serverRandom).take(finalKeyLength);
        Bytes serverKey = md5.digest(exportable.serverKey(), serverRandom, clientRandom).take(finalKeyLength);
        Bytes clientIv = md5.digest(clientRandom, serverRandom).take(ivLength);
        Bytes serverIv = md5.digest(serverRandom, clientRandom).take(ivLength);
        return Either.right(exportable.withKeysAndIvs(clientKey, serverKey, clientIv, serverIv));
    }
}
