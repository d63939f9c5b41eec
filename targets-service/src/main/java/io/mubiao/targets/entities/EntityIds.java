package io.mubiao.targets.entities;

import io.mubiao.text.Normalization;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The stable id of a canonical entity: the first 16 hex characters of the SHA-256 of its type and normalized
 * canonical name. The same thing named the same way gets the same id in every document, on every database, after
 * every re-extraction.
 */
public final class EntityIds {
    private EntityIds() {
    }

    public static String of(String type, String canonical) {
        String key = normalizeType(type) + "\n" + normalizeName(canonical);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    public static String normalizeType(String type) {
        return type == null ? "" : type.strip().toUpperCase(Locale.ROOT);
    }

    /** NFKC without white space: full-width and half-width forms, stray spaces do not make another entity. */
    public static String normalizeName(String name) {
        return Normalization.key(name);
    }
}
