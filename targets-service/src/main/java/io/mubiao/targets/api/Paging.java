package io.mubiao.targets.api;

import io.mubiao.web.ProblemException;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/** Validated page and size, and the self/next/prev links of a list answer. */
public record Paging(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static Paging of(String page, String size) {
        int p = QueryParams.integer("page", page, 0);
        int s = QueryParams.integer("size", size, DEFAULT_SIZE);
        if (p < 0) {
            throw new ProblemException(400, "Bad Request", "'page' starts at 0; got " + p + ".");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new ProblemException(400, "Bad Request", "'size' must be between 1 and " + MAX_SIZE + "; got " + s + ".");
        }
        if ((long) p * s > 10_000_000L) {
            throw new ProblemException(400, "Bad Request", "'page' is beyond any result.");
        }
        return new Paging(p, s);
    }

    /**
     * Relative links (path and query), prefixed with the {@code X-Forwarded-Prefix} the gateway sends, so
     * that they are right for whoever called: the gateway's client or a direct caller.
     */
    public Map<String, String> links(UriInfo uri, String forwardedPrefix, long total) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", link(uri, forwardedPrefix, page));
        if ((long) (page + 1) * size < total) {
            links.put("next", link(uri, forwardedPrefix, page + 1));
        }
        if (page > 0) {
            links.put("prev", link(uri, forwardedPrefix, page - 1));
        }
        return links;
    }

    private String link(UriInfo uri, String forwardedPrefix, int toPage) {
        java.net.URI u = uri.getRequestUriBuilder().replaceQueryParam("page", toPage)
                .replaceQueryParam("size", size).build();
        String prefix = forwardedPrefix == null ? "" : forwardedPrefix.replaceAll("/+$", "");
        return prefix + u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }
}
