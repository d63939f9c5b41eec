package io.mubiao.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters that describe a document sent in the body (an upload, a preview): each given one overrides
 * what is found in the document. One declaration for every resource that takes a document ({@code @BeanParam}), so
 * their names and OpenAPI descriptions cannot drift apart; each service turns them into its reader's fields.
 */
public class UploadQuery {
    @Parameter(description = "Title; found in the document when absent")
    @QueryParam("title")
    public String title;

    @Parameter(description = "Date: 2023-01-11, 2023-01 or 2023; found in the document when absent")
    @QueryParam("date")
    public String date;

    @Parameter(description = "Genre, e.g. 政府工作报告; found in the document when absent")
    @QueryParam("genre")
    public String genre;

    @Parameter(description = "Issuing body or speaker; found in the document when absent")
    @QueryParam("issuer")
    public String issuer;

    @Parameter(description = "Where it comes from (URL or note); a date in a URL is used when the document has none")
    @QueryParam("source")
    public String source;

    @Parameter(description = "Original file name: the format of an application/octet-stream body, and a title or date "
            + "of last resort")
    @QueryParam("fileName")
    public String fileName;
}
