package io.mubiao.gateway.api;

import io.mubiao.gateway.security.AccessPolicy;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.runtime.io.OpenApiParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * The gateway's OpenAPI document, derived at build time from the services' own documents: the gateway relays
 * bodies as they come, so what a relayed operation takes and answers (parameters, request body, every status with
 * its typed body, summary and description) is what the service behind it declares, and the gateway's resources
 * declare none of it by hand. The services' documents are written by their builds
 * (quarkus.smallrye-openapi.store-schema-directory) and copied into this jar under {@value #DOWNSTREAM}; an
 * operation added to a service and relayed here is declared with no extra work. On top, the gateway declares what
 * it answers itself (AccessPolicy, Relay): 401, 413, 414, 429, 503, 406 for a representation it does not produce,
 * every error as application/problem+json, and the API key (X-API-Key) writes need.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class PublicApiDocument implements OASFilter {
    static final String DOWNSTREAM = "downstream-openapi/";
    /** The services whose operations the gateway relays, in the order their documents are searched. */
    static final List<String> SERVICES = List.of("ingest-service", "targets-service", "extract-service");
    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/Problem";
    static final String KEY_SCHEME = "ApiKey";
    /** Headers the gateway itself sets on a relayed call: not the client's to send. */
    static final List<String> GATEWAY_HEADERS = List.of("x-forwarded-prefix");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Map<String, OpenAPI> services = new LinkedHashMap<>();
        for (String s : SERVICES) {
            services.put(s, load(s));
        }
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        for (OpenAPI service : services.values()) {
            copySchemas(service.getComponents(), api.getComponents());
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith(AccessPolicy.API_PREFIX + "/")) {
                return;
            }
            String relative = path.substring(AccessPolicy.API_PREFIX.length());
            item.getOperations().forEach((method, op) -> {
                Operation relayed = find(services, relative, method);
                if (relayed != null) {
                    adopt(op, relayed);
                }
                gatewayAnswers(op, method);
                problemBodies(op);
                security(op, method);
            });
        });
    }

    /** The operation a service declares for this path and method; the gateway relays to exactly one. */
    static Operation find(Map<String, OpenAPI> services, String path, PathItem.HttpMethod method) {
        Operation found = null;
        for (Map.Entry<String, OpenAPI> s : services.entrySet()) {
            PathItem item = s.getValue().getPaths() == null ? null : s.getValue().getPaths().getPathItem(path);
            Operation op = item == null ? null : item.getOperations().get(method);
            if (op != null) {
                if (found != null) {
                    throw new IllegalStateException(method + " " + path + " is declared by two services");
                }
                found = op;
            }
        }
        return found;
    }

    /** The service's parameters, body, answers, summary and description: the gateway relays without declaring its own. */
    static void adopt(Operation op, Operation relayed) {
        List<Parameter> parameters = new ArrayList<>();
        if (relayed.getParameters() != null) {
            for (Parameter p : relayed.getParameters()) {
                boolean setByGateway = p.getIn() == Parameter.In.HEADER
                        && GATEWAY_HEADERS.contains(p.getName().toLowerCase(Locale.ROOT));
                if (!setByGateway) {
                    parameters.add(p);
                }
            }
        }
        op.setParameters(parameters.isEmpty() ? null : parameters);
        if (relayed.getRequestBody() != null) {
            op.setRequestBody(relayed.getRequestBody());
        }
        APIResponses responses = OASFactory.createAPIResponses();
        if (relayed.getResponses() != null) {
            relayed.getResponses().getAPIResponses().forEach(responses::addAPIResponse);
        }
        op.setResponses(responses);
        // the wording is the service's: a summary generated from the gateway's method name (Upload) says less
        op.setSummary(relayed.getSummary());
        op.setDescription(relayed.getDescription());
    }

    /** What the gateway answers before or instead of the service (AccessPolicy, Relay, content negotiation). */
    static void gatewayAnswers(Operation op, PathItem.HttpMethod method) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        answer(op, "401", "The API key sent in X-API-Key is not valid" + (isRead(method) ? "" : ", or none was sent"));
        answer(op, "414", "The query string is longer than the gateway accepts (mubiao.api.max-query-chars)");
        answer(op, "429", "Rate limit reached for this key or client address; retry after the Retry-After seconds");
        answer(op, "503", "The service behind the gateway is not reachable"
                + (isRead(method) ? "" : ", or the gateway has no API keys configured") + "; retry shortly");
        if (!isRead(method)) {
            answer(op, "413", "The body is larger than the gateway accepts (mubiao.api.max-body-bytes)");
        } else {
            answer(op, "406", "None of the representations in Accept is produced here");
        }
    }

    static void answer(Operation op, String status, String description) {
        if (op.getResponses().getAPIResponse(status) == null) {
            op.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    /** Every error is an RFC 7807 problem (web-support's mappers, the gateway's refusals); a body without a schema is text. */
    static void problemBodies(Operation op) {
        op.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(OASFactory.createContent().addMediaType(PROBLEM_JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            } else if (response.getContent() != null) {
                response.getContent().getMediaTypes().values().forEach(m -> {
                    if (m.getSchema() == null) {
                        m.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
                    }
                });
            }
            if (blank(response.getDescription())) {
                response.setDescription(status.startsWith("2") ? "OK" : "Problem");
            }
        });
    }

    /** Writes need the key; reads take it (and are then counted against it) unless reads are configured to need it. */
    static void security(Operation op, PathItem.HttpMethod method) {
        List<SecurityRequirement> security = new ArrayList<>();
        if (isRead(method)) {
            security.add(OASFactory.createSecurityRequirement());
        }
        security.add(OASFactory.createSecurityRequirement().addScheme(KEY_SCHEME));
        op.setSecurity(security);
    }

    static boolean isRead(PathItem.HttpMethod method) {
        return method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD
                || method == PathItem.HttpMethod.OPTIONS;
    }

    static void copySchemas(Components from, Components to) {
        if (from == null || from.getSchemas() == null) {
            return;
        }
        from.getSchemas().forEach((name, schema) -> {
            if (to.getSchemas() == null || !to.getSchemas().containsKey(name)) {
                to.addSchema(name, schema);
            }
        });
    }

    static OpenAPI load(String service) {
        String resource = DOWNSTREAM + service + "/openapi.json";
        URL url = PublicApiDocument.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is missing: build " + service
                    + " with the gateway (mvn -pl gateway -am package), its build writes the document the gateway relays");
        }
        try {
            return OpenApiParser.parse(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
