package id.pendopo.api.open311;

import id.pendopo.api.open311.Open311Document.Fields;
import id.pendopo.api.open311.Open311Document.Items;
import id.pendopo.open311.AcceptedServiceRequest;
import id.pendopo.open311.Service;
import id.pendopo.open311.ServiceAttribute;
import id.pendopo.open311.ServiceDefinition;
import id.pendopo.open311.ServiceRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The GeoReport v2 documents, with the element names and order of the specification. */
public final class Open311Views {

    public static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** When the documents' form last changed in this code; see {@link #changeset}. */
    static final Instant FORM_CHANGED = Instant.parse("2026-12-08T00:00:00Z");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private Open311Views() {
    }

    /**
     * Discovery's changeset: when what a caching client keeps last changed, so that it reads the services again. The
     * later of this code's form and the last change to any regency's categories ({@code services},
     * {@code service_definition}).
     */
    public static String changeset(Optional<Instant> categoriesChanged) {
        Instant latest = categoriesChanged.filter(FORM_CHANGED::isBefore).orElse(FORM_CHANGED);
        return DateTimeFormatter.ISO_INSTANT.format(latest.truncatedTo(ChronoUnit.SECONDS));
    }

    public static Open311Document discovery(String url, String contact, String keyService, String changeset) {
        return new Open311Document("discovery", Open311Document.fields()
                .put("changeset", changeset)
                .put("contact", contact)
                .put("key_service", keyService)
                .put("endpoints", new Items("endpoint", List.of(Open311Document.fields()
                        .put("specification", SPECIFICATION)
                        .put("url", url)
                        .put("changeset", changeset)
                        .put("type", "production")
                        .put("formats", new Items("format", List.of("text/xml", "application/json")))))));
    }

    public static Open311Document services(List<Service> services) {
        return new Open311Document("services", new Items("service", services.stream().map(s -> Open311Document.fields()
                .put("service_code", s.serviceCode())
                .put("service_name", s.serviceName())
                .put("description", s.description())
                .put("metadata", s.metadata())
                .put("type", s.type())
                .put("keywords", s.keywords())
                .put("group", s.group())).toList()));
    }

    public static Open311Document definition(ServiceDefinition d) {
        return new Open311Document("service_definition", Open311Document.fields()
                .put("service_code", d.serviceCode())
                .put("attributes", new Items("attribute", d.attributes().stream().map(Open311Views::attribute).toList())));
    }

    private static Fields attribute(ServiceAttribute a) {
        return Open311Document.fields()
                .put("variable", a.variable())
                .put("code", a.code())
                .put("datatype", a.datatype())
                .put("required", a.required())
                .put("datatype_description", a.datatypeDescription())
                .put("order", a.order())
                .put("description", a.description())
                .put("values", new Items("value", a.values().stream()
                        .map(v -> Open311Document.fields().put("key", v.key()).put("name", v.name())).toList()));
    }

    public static Open311Document accepted(AcceptedServiceRequest r) {
        return new Open311Document("service_requests", new Items("request", List.of(Open311Document.fields()
                .put("service_request_id", r.serviceRequestId())
                .put("service_notice", r.serviceNotice())
                .put("account_id", r.accountId()))));
    }

    public static Open311Document token(String token, String serviceRequestId) {
        return new Open311Document("service_requests", new Items("request", List.of(Open311Document.fields()
                .put("service_request_id", serviceRequestId)
                .put("token", token))));
    }

    public static Open311Document requests(List<ServiceRequest> requests) {
        return new Open311Document("service_requests", new Items("request",
                requests.stream().map(Open311Views::request).toList()));
    }

    private static Fields request(ServiceRequest r) {
        return Open311Document.fields()
                .put("service_request_id", r.serviceRequestId())
                .put("status", r.status().code())
                .put("status_notes", r.statusNotes())
                .put("service_name", r.serviceName())
                .put("service_code", r.serviceCode())
                .put("description", r.description())
                .put("agency_responsible", r.agencyResponsible())
                .put("service_notice", r.serviceNotice())
                .put("requested_datetime", timestamp(r.requestedDatetime()))
                .put("updated_datetime", timestamp(r.updatedDatetime()))
                .put("expected_datetime", timestamp(r.expectedDatetime()))
                .put("address", r.address())
                .put("address_id", r.addressId())
                .put("zipcode", r.zipcode())
                .put("lat", r.lat())
                .put("long", r.lon())
                .put("media_url", r.mediaUrl());
    }

    /** One {@code error} per failing field, each with its HTTP status as {@code code}. */
    public static Open311Document errors(int code, List<String> descriptions) {
        return new Open311Document("errors", new Items("error", descriptions.stream()
                .map(d -> Open311Document.fields().put("code", code).put("description", d)).toList()));
    }

    /** ISO 8601 with the regency's offset, to the second: {@code 2026-12-01T09:00:00+07:00}. */
    static String timestamp(OffsetDateTime t) {
        return t == null ? null : ISO.format(t);
    }
}
