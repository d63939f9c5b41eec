package io.mubiao.targets.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mubiao.contracts.vocabulary.EntityType;
import io.mubiao.contracts.vocabulary.Measure;
import io.mubiao.contracts.vocabulary.TargetKind;
import io.mubiao.contracts.vocabulary.ValueComparator;
import io.mubiao.testing.KafkaBrokerResource;
import io.mubiao.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary parameters (kind, measure, comparator, entity type) take the values of the contracts' enums: the
 * OpenAPI document lists exactly those, and any other value is a 400 problem naming them.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "targets"),
        restrictToAnnotatedClass = false)
class VocabularyParamsTest {

    @Test
    void theOpenApiDocumentListsTheEnumValuesOfEachVocabularyParameter() throws Exception {
        JsonNode api = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        assertEquals(TargetKind.wireValues(), values(api, "/targets", "kind"));
        assertEquals(Measure.wireValues(), values(api, "/targets", "measure"));
        assertEquals(ValueComparator.wireValues(), values(api, "/targets", "comparator"));
        assertEquals(TargetKind.wireValues(), values(api, "/indicators/{key}/regions", "kind"));
        assertEquals(Measure.wireValues(), values(api, "/indicators/{key}/regions", "measure"));
        assertEquals(EntityType.wireValues(), values(api, "/entities", "type"));
    }

    @Test
    void anUnknownValueIsABadRequestNamingTheAcceptedOnes() {
        given().queryParam("kind", "plan").get("/targets").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("achievement"));
        given().queryParam("year", "2025").queryParam("kind", "target").queryParam("measure", "volume")
                .get("/indicators/GDP/regions").then().statusCode(400).body("detail", containsString("delta"));
        given().queryParam("type", "CITY").get("/entities").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("LOCATION"));
    }

    static Set<String> values(JsonNode api, String path, String parameter) {
        Set<String> out = new TreeSet<>();
        for (JsonNode p : api.path("paths").path(path).path("get").path("parameters")) {
            if (parameter.equals(p.path("name").asText())) {
                p.path("schema").path("enum").forEach(v -> out.add(v.asText()));
            }
        }
        return out;
    }
}
