package io.mubiao.gateway.security;

import java.util.Map;
import java.util.Set;

/**
 * Who may call the public API, and how much: bounded query strings and bodies, a token bucket per caller,
 * an API key for every write (and for reads when configured). Decides from plain values, so it is tested
 * without HTTP; {@link ApiKeyFilter} only feeds it a request and writes the refusal.
 *
 * <p>A caller is the label of the valid key it sent, otherwise its network address: anonymous reads and
 * failed key attempts are limited per address. A refusal never repeats the key that was sent.
 */
public final class AccessPolicy {
    public static final String API_PREFIX = "/api/v1";
    public static final String KEY_HEADER = "X-API-Key";
    static final String CHALLENGE = "ApiKey header=\"" + KEY_HEADER + "\"";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** What the policy is configured with. */
    public record Settings(boolean readsRequireKey, int maxQueryChars, long maxBodyBytes) {
    }

    /** The outcome for one request. */
    public sealed interface Decision permits Allow, Refuse {
    }

    /** Go on; {@code caller} is the key label or address the request was counted against (null outside the API). */
    public record Allow(String caller) implements Decision {
    }

    /** Answer with this problem instead; {@code headers} go on the response (WWW-Authenticate, Retry-After). */
    public record Refuse(int status, String title, String detail, Map<String, String> headers) implements Decision {
    }

    private final ApiKeys keys;
    private final RateLimiter limiter;
    private final Settings settings;

    public AccessPolicy(ApiKeys keys, RateLimiter limiter, Settings settings) {
        this.keys = keys;
        this.limiter = limiter;
        this.settings = settings;
    }

    /**
     * @param contentLength the declared body length, or -1 when not declared
     * @param query         the raw query string, or null
     */
    public Decision decide(String method, String path, String query, long contentLength, String presentedKey,
                           String clientAddress) {
        if (!path.equals(API_PREFIX) && !path.startsWith(API_PREFIX + "/")) {
            return new Allow(null);
        }
        if (query != null && query.length() > settings.maxQueryChars()) {
            return new Refuse(414, "URI Too Long", "The query string has " + query.length()
                    + " characters; at most " + settings.maxQueryChars() + " are accepted.", Map.of());
        }
        if (contentLength > settings.maxBodyBytes()) {
            return new Refuse(413, "Content Too Large", "The body has " + contentLength + " bytes; at most "
                    + settings.maxBodyBytes() + " are accepted.", Map.of());
        }
        boolean keySent = presentedKey != null && !presentedKey.isBlank();
        String keyLabel = keySent ? keys.match(presentedKey.strip()).orElse(null) : null;
        String caller = keyLabel != null ? keyLabel : "address:" + clientAddress;

        long wait = limiter.tryAcquire(caller);
        if (wait > 0) {
            return new Refuse(429, "Too Many Requests", "Rate limit reached for this "
                    + (keyLabel != null ? "API key" : "client address") + "; retry after " + wait + " s.",
                    Map.of("Retry-After", String.valueOf(wait)));
        }

        boolean needsKey = !READ_METHODS.contains(method.toUpperCase(java.util.Locale.ROOT)) || settings.readsRequireKey();
        if (needsKey && keys.isEmpty()) {
            return new Refuse(503, "Service Unavailable", "The gateway has no API keys configured (mubiao.api-keys, "
                    + "environment MUBIAO_API_KEYS), so it accepts no request that needs one.", Map.of());
        }
        if (keySent && keyLabel == null) {
            return new Refuse(401, "Unauthorized", "The API key sent in the " + KEY_HEADER + " header is not valid.",
                    Map.of("WWW-Authenticate", CHALLENGE));
        }
        if (needsKey && keyLabel == null) {
            return new Refuse(401, "Unauthorized", "This request needs an API key in the " + KEY_HEADER + " header.",
                    Map.of("WWW-Authenticate", CHALLENGE));
        }
        return new Allow(caller);
    }
}
