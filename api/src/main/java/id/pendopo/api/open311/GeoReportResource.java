package id.pendopo.api.open311;

import id.pendopo.api.shared.Utf8;
import id.pendopo.open311.GeoReport;
import id.pendopo.open311.ServiceRequestQuery;
import id.pendopo.shared.ValidationException;
import id.pendopo.complaint.ComplaintCategories;
import id.pendopo.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The GeoReport v2 methods, each in XML or JSON by the path's extension. Reads are open to anyone: they publish
 * only what {@link GeoReport} allows. Posting a request takes an {@code api_key} of the jurisdiction's regency.
 */
@Path("")
@ApplicationScoped
@Open311Only
public class GeoReportResource {

    @Inject
    GeoReport geo;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    ComplaintCategories categories;

    @Inject
    @ConfigProperty(name = "pendopo.open311.contact", defaultValue = "Pendopo platform operator; each regency's "
            + "LAPOR! SP4N contact is on its website")
    String contact;

    /**
     * The endpoint's public URL, as discovery publishes it: behind a proxy the request's own base URL names the
     * internal host. Without it, the request's base URL.
     */
    @Inject
    @ConfigProperty(name = "pendopo.open311.url")
    java.util.Optional<String> publicUrl;

    @GET
    @Path("discovery.{format}")
    @PermitAll
    public Response discovery(@PathParam("format") String format, @Context UriInfo uri) {
        Format f = Format.of(format);
        String url = publicUrl.filter(u -> !u.isBlank()).orElse(uri.getBaseUri().toString()).strip().replaceAll("/+$", "");
        return answer(Open311Views.discovery(url, contact, "Each regency (jurisdiction_id) issues its own api_key: ask "
                + "its Pendopo administrator, who creates one with POST /api/v1/open311-keys",
                Open311Views.changeset(categories.lastChangeOnPlatform())), f);
    }

    @GET
    @Path("services.{format}")
    @PermitAll
    public Response services(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction) {
        Format f = Format.of(format);
        try (TenantContext.Scope tenant = jurisdictions.enter(jurisdiction)) {
            return answer(Open311Views.services(geo.services()), f);
        }
    }

    @GET
    @Path("services/{service_code}.{format}")
    @PermitAll
    public Response definition(@PathParam("service_code") String serviceCode, @PathParam("format") String format,
            @QueryParam("jurisdiction_id") String jurisdiction) {
        Format f = Format.of(format);
        try (TenantContext.Scope tenant = jurisdictions.enter(jurisdiction)) {
            return answer(Open311Views.definition(geo.definition(serviceCode)), f);
        }
    }

    /**
     * The body is read as bytes and decoded here rather than by JAX-RS, so that a malformed body is a 400 in the
     * specification's format and {@code attribute[...]} keys keep their brackets.
     */
    @POST
    @Path("requests.{format}")
    @PermitAll
    public Response submit(@PathParam("format") String format, @Context HttpHeaders headers, @Context UriInfo uri,
            byte[] body) {
        Format f = Format.of(format);
        MediaType type = headers.getMediaType();
        boolean hasBody = body != null && body.length > 0;
        if (hasBody && (type == null || !type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE))) {
            throw ValidationException.of("body", "must be application/x-www-form-urlencoded, got "
                    + (type == null ? "no media type" : type.toString()));
        }
        Open311Form form = Open311Form.parse(hasBody ? Utf8.decode(body, "body") : "",
                uri.getRequestUri().getRawQuery());
        try (TenantContext.Scope tenant = jurisdictions.enter(form.get("jurisdiction_id"))) {
            return answer(Open311Views.accepted(geo.submit(form.get("api_key"), form.toRequest())), f);
        }
    }

    @GET
    @Path("requests.{format}")
    @PermitAll
    public Response requests(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction,
            @QueryParam("service_request_id") List<String> ids, @QueryParam("service_code") List<String> serviceCodes,
            @QueryParam("start_date") String startDate, @QueryParam("end_date") String endDate,
            @QueryParam("status") List<String> status, @QueryParam("page") String page,
            @QueryParam("page_size") String pageSize) {
        Format f = Format.of(format);
        try (TenantContext.Scope tenant = jurisdictions.enter(jurisdiction)) {
            return answer(Open311Views.requests(geo.requests(new ServiceRequestQuery(commaList(ids),
                    commaList(serviceCodes), startDate, endDate, commaList(status), page, pageSize))), f);
        }
    }

    @GET
    @Path("requests/{service_request_id}.{format}")
    @PermitAll
    public Response request(@PathParam("service_request_id") String id, @PathParam("format") String format,
            @QueryParam("jurisdiction_id") String jurisdiction, @QueryParam("api_key") String apiKey) {
        Format f = Format.of(format);
        try (TenantContext.Scope tenant = jurisdictions.enter(jurisdiction)) {
            return answer(Open311Views.requests(List.of(geo.request(id, apiKey))), f);
        }
    }

    @GET
    @Path("tokens/{token}.{format}")
    @PermitAll
    public Response token(@PathParam("token") String token, @PathParam("format") String format,
            @QueryParam("jurisdiction_id") String jurisdiction, @QueryParam("api_key") String apiKey) {
        Format f = Format.of(format);
        try (TenantContext.Scope tenant = jurisdictions.enter(jurisdiction)) {
            return answer(Open311Views.token(token, geo.requestIdOfToken(token, apiKey)), f);
        }
    }

    /** A list parameter "can be declared multiple times, comma delimited": both forms, as one comma list. */
    static String commaList(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    private static Response answer(Open311Document document, Format format) {
        return Response.ok(document.write(format), format.contentType()).build();
    }
}
