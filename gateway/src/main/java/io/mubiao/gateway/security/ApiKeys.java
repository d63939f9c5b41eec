package io.mubiao.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configured API keys, held only as SHA-256 digests. A presented key is hashed and compared with
 * every digest in constant time ({@link MessageDigest#isEqual}), without stopping at the first match, so
 * neither the length nor the prefix of a key leaks through timing. Plain Java: no framework types.
 */
public final class ApiKeys {
    private final List<byte[]> digests;

    private ApiKeys(List<byte[]> digests) {
        this.digests = digests;
    }

    /** Keys separated by commas (surrounding blanks ignored, empty entries dropped); null or blank: none. */
    public static ApiKeys parse(String commaSeparated) {
        List<byte[]> digests = new ArrayList<>();
        if (commaSeparated != null) {
            for (String k : commaSeparated.split(",")) {
                String key = k.strip();
                if (!key.isEmpty()) {
                    digests.add(sha256(key));
                }
            }
        }
        return new ApiKeys(List.copyOf(digests));
    }

    public boolean isEmpty() {
        return digests.isEmpty();
    }

    public int size() {
        return digests.size();
    }

    /**
     * The configured key the presented one equals, as a label safe to log and to key a rate limit by
     * ("key-1", "key-2", … in configuration order); empty when it matches none.
     */
    public Optional<String> match(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] candidate = sha256(presented);
        int found = -1;
        for (int i = 0; i < digests.size(); i++) {
            if (MessageDigest.isEqual(digests.get(i), candidate) && found < 0) {
                found = i;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of("key-" + (found + 1));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
