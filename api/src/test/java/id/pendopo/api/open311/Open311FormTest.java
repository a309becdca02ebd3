package id.pendopo.api.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.open311.NewServiceRequest;
import id.pendopo.shared.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class Open311FormTest {

    @Test
    void aSpecFormBecomesTheRequestWithItsAttributes() {
        Open311Form form = Open311Form.parse("jurisdiction_id=langkat&api_key=p311.abc.def&service_code=INFRASTRUKTUR"
                + "&lat=3.59&long=98.67&address_string=Jl.+Sekolah+3&email=rina%40example.id&first_name=Rina"
                + "&last_name=Sitepu&phone=%2B62812&description=Jalan+berlubang%2C+bahaya&media_url=https%3A%2F%2Fx.id%2Fa.jpg"
                + "&device_id=d1&account_id=a1&address_id=77"
                + "&attribute%5Bdistrict%5D=12.05.01&attribute[village]=12.05.01.2002", null);

        NewServiceRequest r = form.toRequest();

        assertThat(form.get("jurisdiction_id")).isEqualTo("langkat");
        assertThat(form.get("api_key")).isEqualTo("p311.abc.def");
        assertThat(r.serviceCode()).isEqualTo("INFRASTRUKTUR");
        assertThat(r.lat()).isEqualTo("3.59");
        assertThat(r.lon()).isEqualTo("98.67");
        assertThat(r.addressString()).isEqualTo("Jl. Sekolah 3");
        assertThat(r.addressId()).isEqualTo("77");
        assertThat(r.email()).isEqualTo("rina@example.id");
        assertThat(r.phone()).isEqualTo("+62812");
        assertThat(r.description()).isEqualTo("Jalan berlubang, bahaya");
        assertThat(r.mediaUrl()).isEqualTo("https://x.id/a.jpg");
        assertThat(r.deviceId()).isEqualTo("d1");
        assertThat(r.accountId()).isEqualTo("a1");
        assertThat(r.firstName() + " " + r.lastName()).isEqualTo("Rina Sitepu");
        assertThat(r.attributes()).containsEntry("district", List.of("12.05.01"))
                .containsEntry("village", List.of("12.05.01.2002"));
    }

    @Test
    void theQueryStringFillsWhatTheBodyLacksAndNeverOverrides() {
        Open311Form form = Open311Form.parse("api_key=from-body", "jurisdiction_id=langkat&api_key=from-query");

        assertThat(form.get("jurisdiction_id")).isEqualTo("langkat");
        assertThat(form.get("api_key")).isEqualTo("from-body");
    }

    @Test
    void theReportersIdentityIsRefusedInTheQueryStringWhereProxiesAndLogsKeepIt() {
        for (String field : List.of("email", "phone", "first_name", "last_name", "device_id", "account_id")) {
            assertThatThrownBy(() -> Open311Form.parse("service_code=X", "jurisdiction_id=langkat&" + field + "=x"))
                    .as(field).isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.errors()).singleElement().satisfies(f -> {
                            assertThat(f.field()).isEqualTo(field);
                            assertThat(f.message()).contains("form body");
                        });
                    });
        }
        assertThat(Open311Form.parse("email=rina%40example.id", "jurisdiction_id=langkat&api_key=k&lat=3.6").get("email"))
                .isEqualTo("rina@example.id");
    }

    @Test
    void multivaluelistsUseEmptyBrackets() {
        Open311Form form = Open311Form.parse("attribute[tags][]=a&attribute[tags][]=b", null);

        assertThat(form.attributes()).containsEntry("tags", List.of("a", "b"));
    }

    @Test
    void malformedInputIsRefusedAndNamed() {
        for (String[] bad : List.of(new String[] {"attribute[]=x", "attribute[]"},
                new String[] {"attribute[district=x", "attribute[district"},
                new String[] {"attribute[a][b]=x", "attribute[a][b]"},
                new String[] {"attribute[district]=1&attribute[district]=2", "attribute[district]"},
                new String[] {"lat=1&lat=2", "lat"},
                new String[] {"description=100%", "body"},
                new String[] {"description=%E0%A4%A", "body"},
                new String[] {"description=caf%E9", "body"})) {
            assertThatThrownBy(() -> Open311Form.parse(bad[0], null)).as(bad[0]).isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).field()).isEqualTo(bad[1]));
        }
    }

    @Test
    void escapesAndRawTextAreReadAsUtf8() {
        Open311Form form = Open311Form.parse("description=caf%C3%A9+%F0%9F%98%A1+r%C3%BCsak&first_name=Ñoman 😡", null);
        assertThat(form.get("description")).isEqualTo("café 😡 rüsak");
        assertThat(form.get("first_name")).isEqualTo("Ñoman 😡");
    }

    @Test
    void anEmptyBodyIsAnEmptyRequest() {
        assertThat(Open311Form.parse("", null).toRequest().serviceCode()).isNull();
        assertThat(Open311Form.parse(null, "").attributes()).isEmpty();
    }
}
