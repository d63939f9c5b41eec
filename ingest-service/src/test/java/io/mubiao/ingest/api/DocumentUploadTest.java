package io.mubiao.ingest.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.contracts.CloudEventHeaders;
import io.mubiao.contracts.EventTypes;
import io.mubiao.testing.EventSchemas;
import io.mubiao.testing.KafkaBrokerResource;
import io.mubiao.testing.PostgresResource;
import io.mubiao.testing.TestKafka;
import io.mubiao.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Uploads through the real HTTP endpoint into a real PostgreSQL and a real KRaft broker. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"),
        restrictToAnnotatedClass = false)
class DocumentUploadTest {
    static {
        // Send Content-Type exactly as written: RestAssured would otherwise add charset=ISO-8859-1 to text/plain.
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().encoderConfig(
                io.restassured.config.EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    }

    @Test
    void firstUploadIsAcceptedAndPublishedRepeatIsTheSameDocument() throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("../seeds/001_4964d99e3b1f1011.txt"));
        String id = given().contentType("text/plain; charset=UTF-8").body(seed)
                .queryParam("fileName", "001_4964d99e3b1f1011.txt")
                .when().post("/documents")
                .then().statusCode(202).header("Location", containsString("/documents/"))
                .body("created", equalTo(true)).body("id", notNullValue())
                .extract().path("id");
        given().contentType("text/plain").body(seed).when().post("/documents")
                .then().statusCode(200).body("id", equalTo(id)).body("created", equalTo(false));

        List<ConsumerRecord<String, String>> records = TopicProbe.readUntil(TestKafka.bootstrapServers(),
                "documents.ingested", r -> id.equals(r.key()), Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = records.get(records.size() - 1);
        assertEquals(id, record.key());
        assertEquals(EventTypes.DOCUMENT_INGESTED_V1, TopicProbe.header(record, CloudEventHeaders.TYPE));
        assertTrue(TopicProbe.header(record, CloudEventHeaders.ID) != null);
        assertTrue(TopicProbe.header(record, CloudEventHeaders.SOURCE) != null);
        assertTrue(TopicProbe.header(record, CloudEventHeaders.TIME) != null);
        assertEquals(List.of(), EventSchemas.violations(EventTypes.DOCUMENT_INGESTED_V1, record.value()));
        assertTrue(record.value().contains("\"fileName\":\"001_4964d99e3b1f1011.txt\""));
        long published = records.stream().filter(r -> id.equals(r.key())).count();
        assertEquals(1, published, "a repeated upload publishes nothing new");
    }

    @Test
    void emptyBodyIs400Problem() {
        given().contentType("text/plain").body(new byte[0]).when().post("/documents")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        given().contentType("text/plain").body("   \n\t ").when().post("/documents")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void otherMediaTypesAre415Problem() {
        given().contentType("application/json").body("{\"text\":\"增长5%\"}").when().post("/documents")
                .then().statusCode(415).contentType("application/problem+json").body("detail", containsString("text/plain"));
    }

    @Test
    void tooLargeIs413Problem() {
        byte[] big = ("增长5%。" + UUID.randomUUID()).repeat(40_000).getBytes(StandardCharsets.UTF_8);
        given().contentType("text/plain").body(big).when().post("/documents")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void invalidUtf8Is422Problem() {
        byte[] bad = {(byte) 0xE5, (byte) 0x9C, 'a', 'b', (byte) 0xFF};
        given().contentType("text/plain").body(bad).when().post("/documents")
                .then().statusCode(422).contentType("application/problem+json");
    }
}
