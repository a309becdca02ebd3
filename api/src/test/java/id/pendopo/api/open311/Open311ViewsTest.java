package id.pendopo.api.open311;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.open311.AcceptedServiceRequest;
import id.pendopo.open311.Open311Status;
import id.pendopo.open311.Service;
import id.pendopo.open311.ServiceAttribute;
import id.pendopo.open311.ServiceDefinition;
import id.pendopo.open311.ServiceRequest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The documents have the element names, order and types of the GeoReport v2 examples. */
class Open311ViewsTest {

    static final List<String> SERVICE = List.of("service_code", "service_name", "description", "metadata", "type",
            "keywords", "group");
    static final List<String> REQUEST = List.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
            "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");
    static final List<String> ATTRIBUTE = List.of("variable", "code", "datatype", "required", "datatype_description",
            "order", "description", "values");

    static final Service ROADS = new Service("INFRASTRUKTUR", "Infrastruktur, Jalan dan Jembatan", "Jalan rusak",
            true, "realtime", "jalan, lubang", "");

    static ServiceRequest request(String zone, String description, Double lat) {
        Instant at = Instant.parse("2026-12-01T02:00:00Z");
        ZoneId z = ZoneId.of(zone);
        return new ServiceRequest("LKT-26-000001", Open311Status.OPEN, null, "Infrastruktur", "INFRASTRUKTUR",
                description, null, null, at.atZone(z).toOffsetDateTime(), at.atZone(z).toOffsetDateTime(),
                OffsetDateTime.parse("2026-12-04T09:00:00Z").atZoneSameInstant(z).toOffsetDateTime(),
                description == null ? null : "Jl. Sekolah 3", null, null, lat, lat == null ? null : 98.67, null);
    }

    static Document xml(Open311Document d) throws Exception {
        byte[] bytes = d.xml();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    static JsonStructure json(Open311Document d) {
        return Json.createReader(new StringReader(d.json())).read();
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    static List<String> names(Element e) {
        return children(e).stream().map(Element::getTagName).toList();
    }

    static String text(Element parent, String name) {
        return children(parent).stream().filter(c -> c.getTagName().equals(name)).findFirst().orElseThrow().getTextContent();
    }

    @Test
    void servicesAsXmlRepeatServiceElementsInTheSpecsOrder() throws Exception {
        Element root = xml(Open311Views.services(List.of(ROADS, ROADS))).getDocumentElement();

        assertThat(root.getTagName()).isEqualTo("services");
        assertThat(names(root)).containsExactly("service", "service");
        Element service = children(root).get(0);
        assertThat(names(service)).containsExactlyElementsOf(SERVICE);
        assertThat(text(service, "service_code")).isEqualTo("INFRASTRUKTUR");
        assertThat(text(service, "metadata")).isEqualTo("true");
        assertThat(text(service, "type")).isEqualTo("realtime");
        assertThat(text(service, "keywords")).isEqualTo("jalan, lubang");
    }

    @Test
    void servicesAsJsonAreAnArrayOfObjectsWithABooleanMetadata() {
        JsonArray services = json(Open311Views.services(List.of(ROADS))).asJsonArray();

        JsonObject s = services.getJsonObject(0);
        assertThat(s.keySet()).containsExactlyElementsOf(SERVICE);
        assertThat(s.getString("service_name")).isEqualTo("Infrastruktur, Jalan dan Jembatan");
        assertThat(s.get("metadata")).isEqualTo(JsonValue.TRUE);
    }

    @Test
    void aDefinitionListsAttributesWithTheirValues() throws Exception {
        ServiceDefinition d = new ServiceDefinition("INFRASTRUKTUR", List.of(new ServiceAttribute(true, "district",
                "singlevaluelist", true, "Kemendagri code", 1, "Kecamatan",
                List.of(new ServiceAttribute.Value("12.05.01", "Bahorok"))), new ServiceAttribute(true, "village",
                "string", false, "Kode desa", 2, "Desa", List.of())));

        Element root = xml(Open311Views.definition(d)).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_definition");
        assertThat(names(root)).containsExactly("service_code", "attributes");
        Element attributes = children(root).get(1);
        assertThat(names(attributes)).containsExactly("attribute", "attribute");
        Element district = children(attributes).get(0);
        assertThat(names(district)).containsExactlyElementsOf(ATTRIBUTE);
        assertThat(text(district, "required")).isEqualTo("true");
        assertThat(text(district, "order")).isEqualTo("1");
        Element value = children(children(district).get(7)).get(0);
        assertThat(value.getTagName()).isEqualTo("value");
        assertThat(text(value, "key")).isEqualTo("12.05.01");
        assertThat(text(value, "name")).isEqualTo("Bahorok");

        JsonObject j = json(Open311Views.definition(d)).asJsonObject();
        JsonObject first = j.getJsonArray("attributes").getJsonObject(0);
        assertThat(first.keySet()).containsExactlyElementsOf(ATTRIBUTE);
        assertThat(first.getBoolean("variable")).isTrue();
        assertThat(first.getInt("order")).isEqualTo(1);
        assertThat(first.getJsonArray("values").getJsonObject(0).getString("key")).isEqualTo("12.05.01");
        assertThat(j.getJsonArray("attributes").getJsonObject(1).getJsonArray("values")).isEmpty();
    }

    @Test
    void requestsCarryEveryFieldWithTheRegencysOffset() throws Exception {
        Element root = xml(Open311Views.requests(List.of(request("Asia/Jakarta", "Lubang", 3.59)))).getDocumentElement();

        assertThat(root.getTagName()).isEqualTo("service_requests");
        Element r = children(root).get(0);
        assertThat(r.getTagName()).isEqualTo("request");
        assertThat(names(r)).containsExactlyElementsOf(REQUEST);
        assertThat(text(r, "status")).isEqualTo("open");
        assertThat(text(r, "requested_datetime")).isEqualTo("2026-12-01T09:00:00+07:00");
        assertThat(text(r, "expected_datetime")).isEqualTo("2026-12-04T16:00:00+07:00");
        assertThat(text(r, "lat")).isEqualTo("3.59");
        assertThat(text(r, "long")).isEqualTo("98.67");

        JsonObject wita = json(Open311Views.requests(List.of(request("Asia/Makassar", "Lubang", 3.59))))
                .asJsonArray().getJsonObject(0);
        assertThat(wita.keySet()).containsExactlyElementsOf(REQUEST);
        assertThat(wita.getString("requested_datetime")).isEqualTo("2026-12-01T10:00:00+08:00");
        assertThat(wita.getString("service_request_id")).isEqualTo("LKT-26-000001");
        assertThat(wita.getJsonNumber("lat").doubleValue()).isEqualTo(3.59);
    }

    @Test
    void withheldContentIsAnEmptyElementOrNull() throws Exception {
        ServiceRequest unverified = request("Asia/Jakarta", null, null);

        Element r = children(xml(Open311Views.requests(List.of(unverified))).getDocumentElement()).get(0);
        assertThat(names(r)).containsExactlyElementsOf(REQUEST);
        for (String withheld : List.of("description", "address", "lat", "long", "status_notes", "media_url")) {
            assertThat(text(r, withheld)).as(withheld).isEmpty();
        }
        JsonObject j = json(Open311Views.requests(List.of(unverified))).asJsonArray().getJsonObject(0);
        assertThat(j.isNull("description")).isTrue();
        assertThat(j.isNull("lat")).isTrue();
    }

    @Test
    void aPostedRequestAnswersItsIdNoticeAndAccountButNoToken() throws Exception {
        Open311Document d = Open311Views.accepted(new AcceptedServiceRequest("LKT-26-000001", "Laporan diterima", null));

        Element r = children(xml(d).getDocumentElement()).get(0);
        assertThat(xml(d).getDocumentElement().getTagName()).isEqualTo("service_requests");
        assertThat(names(r)).containsExactly("service_request_id", "service_notice", "account_id");
        JsonObject j = json(d).asJsonArray().getJsonObject(0);
        assertThat(j.getString("service_request_id")).isEqualTo("LKT-26-000001");
        assertThat(j.containsKey("token")).isFalse();
        assertThat(j.isNull("account_id")).isTrue();
        assertThat(json(Open311Views.token("LKT-26-000001", "LKT-26-000001")).asJsonArray().getJsonObject(0).keySet())
                .containsExactly("service_request_id", "token");
    }

    @Test
    void theChangesetMovesWhenAnyRegencysCategoriesChange() {
        assertThat(Open311Views.changeset(java.util.Optional.empty())).isEqualTo("2026-12-08T00:00:00Z");
        assertThat(Open311Views.changeset(java.util.Optional.of(java.time.Instant.parse("2026-11-01T00:00:00Z"))))
                .as("older than this code's form").isEqualTo("2026-12-08T00:00:00Z");
        assertThat(Open311Views.changeset(java.util.Optional.of(java.time.Instant.parse("2026-12-20T03:04:05.678Z"))))
                .isEqualTo("2026-12-20T03:04:05Z");
    }

    @Test
    void discoveryNamesTheSpecificationAndBothFormats() throws Exception {
        Open311Document d = Open311Views.discovery("https://pendopo.id/api/open311/v2", "ops", "ask the regency",
                "2026-12-08T00:00:00Z");

        Element root = xml(d).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("discovery");
        assertThat(names(root)).containsExactly("changeset", "contact", "key_service", "endpoints");
        Element endpoint = children(children(root).get(3)).get(0);
        assertThat(endpoint.getTagName()).isEqualTo("endpoint");
        assertThat(names(endpoint)).containsExactly("specification", "url", "changeset", "type", "formats");
        assertThat(names(children(endpoint).get(4))).containsExactly("format", "format");
        JsonObject e = json(d).asJsonObject().getJsonArray("endpoints").getJsonObject(0);
        assertThat(e.getString("specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(e.getString("type")).isEqualTo("production");
        assertThat(e.getJsonArray("formats").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("text/xml", "application/json");
        assertThat(OffsetDateTime.parse(json(d).asJsonObject().getString("changeset"))).isNotNull();
    }

    @Test
    void textIsEscapedAndKeptAsUtf8() throws Exception {
        Service odd = new Service("X", "Jalan <rusak> & \"berlubang\" — é", null, true, "realtime", "", "");

        Element s = children(xml(Open311Views.services(List.of(odd))).getDocumentElement()).get(0);
        assertThat(text(s, "service_name")).isEqualTo("Jalan <rusak> & \"berlubang\" — é");
        assertThat(json(Open311Views.services(List.of(odd))).asJsonArray().getJsonObject(0).getString("service_name"))
                .isEqualTo("Jalan <rusak> & \"berlubang\" — é");
    }
}
