package io.mubiao.gateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

/** A relayed operation is described by the service behind it, whatever the gateway's own method says. */
class PublicApiDocumentTest {

    @Test
    void theServicesWordingAndParametersReplaceTheGatewaysGeneratedOnes() {
        Operation gateway = OASFactory.createOperation().summary("Upload");
        Operation service = OASFactory.createOperation().summary("Upload a document").description("202 with the new id")
                .addParameter(OASFactory.createParameter().name("title").in(Parameter.In.QUERY).description("Title"))
                .addParameter(OASFactory.createParameter().name("X-Forwarded-Prefix").in(Parameter.In.HEADER));
        PublicApiDocument.adopt(gateway, service);
        assertEquals("Upload a document", gateway.getSummary());
        assertEquals("202 with the new id", gateway.getDescription());
        assertEquals(List.of("title"), gateway.getParameters().stream().map(Parameter::getName).toList());
    }
}
