package io.mubiao.ingest.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content addressing: the same bytes always give the same document id. */
public final class DocumentIds {
    /** Hex characters of the SHA-256 kept as the id: 64 bits, short enough for URLs, collision-free at corpus scale. */
    public static final int ID_LENGTH = 16;

    private DocumentIds() {
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    public static String idOf(String sha256) {
        return sha256.substring(0, ID_LENGTH);
    }
}
