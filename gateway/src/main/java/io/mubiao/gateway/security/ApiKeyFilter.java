package io.mubiao.gateway.security;

import io.mubiao.web.Problem;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The Quarkus side of {@link AccessPolicy}: runs before routing (so before any body is read) on every
 * request and answers a refusal as an RFC 7807 problem. Configuration: {@code mubiao.api-keys}
 * (MUBIAO_API_KEYS), {@code mubiao.api.reads-require-key}, {@code mubiao.rate-limit.*},
 * {@code mubiao.api.max-query-chars}, {@code mubiao.api.max-body-bytes} (docs/security.md).
 */
@ApplicationScoped
public class ApiKeyFilter {
    private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class);

    private final AccessPolicy policy;

    ApiKeyFilter(@ConfigProperty(name = "mubiao.api-keys") Optional<String> apiKeys,
                 @ConfigProperty(name = "mubiao.api.reads-require-key", defaultValue = "false") boolean readsRequireKey,
                 @ConfigProperty(name = "mubiao.rate-limit.requests-per-second", defaultValue = "20") double perSecond,
                 @ConfigProperty(name = "mubiao.rate-limit.burst", defaultValue = "40") int burst,
                 @ConfigProperty(name = "mubiao.api.max-query-chars", defaultValue = "8192") int maxQueryChars,
                 @ConfigProperty(name = "mubiao.api.max-body-bytes", defaultValue = "20971520") long maxBodyBytes) {
        ApiKeys keys = ApiKeys.parse(apiKeys.orElse(null));
        if (keys.isEmpty()) {
            LOG.warn("no API keys configured (mubiao.api-keys / MUBIAO_API_KEYS): every write is refused with 503");
        } else {
            LOG.infof("%d API key(s) configured; reads %s a key", keys.size(), readsRequireKey ? "need" : "do not need");
        }
        this.policy = new AccessPolicy(keys, new RateLimiter(perSecond, burst),
                new AccessPolicy.Settings(readsRequireKey, maxQueryChars, maxBodyBytes));
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> filter(ContainerRequestContext ctx, HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        String address = remote == null ? "unknown" : remote.hostAddress();
        AccessPolicy.Decision d = policy.decide(request.method().name(), request.path(), request.query(),
                contentLength(request.getHeader(HttpHeaders.CONTENT_LENGTH)), ctx.getHeaderString(AccessPolicy.KEY_HEADER),
                address);
        if (d instanceof AccessPolicy.Refuse r) {
            if (r.status() != 429) {
                LOG.debugf("refused %s %s from %s: %d", request.method(), request.path(), address, r.status());
            }
            Response.ResponseBuilder out = Response.fromResponse(Problem.response(r.status(), r.title(), r.detail()));
            r.headers().forEach(out::header);
            return Optional.of(out.build());
        }
        return Optional.empty();
    }

    private static long contentLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
