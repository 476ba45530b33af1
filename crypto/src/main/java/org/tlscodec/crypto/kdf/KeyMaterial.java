package org.tlscodec.crypto.kdf;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;

/**
 * The keys of a TLS 1.2-or-earlier connection, in key-block order (RFC 5246 section 6.3):
 * client_write_MAC_key, server_write_MAC_key, client_write_key, server_write_key, client_write_IV,
 * server_write_IV. Secret: {@code toString} shows lengths only.
 */
public record KeyMaterial(Bytes clientMacKey, Bytes serverMacKey, Bytes clientKey, Bytes serverKey,
                          Bytes clientIv, Bytes serverIv) {

    /** Cuts {@code keyBlock} by {@code sizes}; bytes past what the sizes take are ignored. */
    public static Either<KdfError, KeyMaterial> slice(Bytes keyBlock, KeySizes sizes) {
        if (sizes.macKeyLength() < 0 || sizes.encKeyLength() < 0 || sizes.fixedIvLength() < 0) {
            return Either.left(new KdfError.Invalid("negative key size in " + sizes));
        }
        if (keyBlock.size() < sizes.keyBlockLength()) {
            return Either.left(new KdfError.TooShort("key block", sizes.keyBlockLength(), keyBlock.size()));
        }
        int mac = sizes.macKeyLength();
        int key = sizes.encKeyLength();
        int iv = sizes.fixedIvLength();
        int at = 0;
        Bytes clientMac = keyBlock.slice(at, at += mac);
        Bytes serverMac = keyBlock.slice(at, at += mac);
        Bytes clientKey = keyBlock.slice(at, at += key);
        Bytes serverKey = keyBlock.slice(at, at += key);
        Bytes clientIv = keyBlock.slice(at, at += iv);
        Bytes serverIv = keyBlock.slice(at, at + iv);
        return Either.right(new KeyMaterial(clientMac, serverMac, clientKey, serverKey, clientIv, serverIv));
    }

    /** The same material with other write keys and IVs (what export derivation replaces). */
    public KeyMaterial withKeysAndIvs(Bytes newClientKey, Bytes newServerKey, Bytes newClientIv, Bytes newServerIv) {
        return new KeyMaterial(clientMacKey, serverMacKey, newClientKey, newServerKey, newClientIv, newServerIv);
    }

    @Override
    public String toString() {
        return "KeyMaterial[macKeys=" + clientMacKey.size() + "+" + serverMacKey.size()
                + ", keys=" + clientKey.size() + "+" + serverKey.size()
                + ", ivs=" + clientIv.size() + "+" + serverIv.size() + " bytes]";
    }
}
