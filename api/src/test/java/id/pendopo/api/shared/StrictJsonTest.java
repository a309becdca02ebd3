package id.pendopo.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.api.complaint.ActionRequest;
import id.pendopo.api.complaint.CitizenRequest;
import id.pendopo.api.problem.Problem;
import id.pendopo.api.problem.ProblemMapping;
import id.pendopo.api.problem.RequestInfo;
import id.pendopo.api.settings.SlaSettingsRequest;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

/** The API reads whole numbers as sent or not at all: JSON-B alone would read 4294967301 as 5. */
class StrictJsonTest {

    private static final RequestInfo RATING = new RequestInfo("POST", "/v1/tracking/LKT-26-000001/rating", false);

    @Test
    void wholeNumbersInRangeAreReadAsSent() {
        CitizenRequest r = StrictJson.JSON.fromJson("{\"secret\":\"s\",\"rating\":5}", CitizenRequest.class);
        assertThat(r.rating()).isEqualTo(5);
        assertThat(StrictJson.JSON.fromJson("{\"rating\":4.0}", CitizenRequest.class).rating()).isEqualTo(4);
        assertThat(StrictJson.JSON.fromJson("{\"rating\":null}", CitizenRequest.class).rating()).isNull();
        assertThat(StrictJson.JSON.fromJson("{\"agencyId\":9007199254740993}", ActionRequest.class).agencyId())
                .isEqualTo(9007199254740993L);
    }

    @Test
    void aNumberThatWouldWrapAroundOrLoseItsFractionIsRefusedAsAFieldError() {
        for (String body : new String[] {"{\"rating\":4294967301}", "{\"rating\":4.9}", "{\"rating\":1e400}"}) {
            assertThatThrownBy(() -> StrictJson.JSON.fromJson(body, CitizenRequest.class))
                    .as(body).isInstanceOf(JsonbException.class);
            Throwable failure = catchFailure(body, CitizenRequest.class);
            Problem problem = ProblemMapping.toProblem(failure, RATING);
            assertThat(problem.status()).as(body).isEqualTo(400);
            assertThat(problem.errors().get(0).field()).as("named as JSON-B names the property").isEqualTo("rating");
            assertThat(problem.errors()).singleElement().satisfies(e -> assertThat(e.code() + " " + e.message())
                    .startsWith("out-of-range").contains("is not a whole number from -2147483648 to 2147483647"));
        }
        assertThatThrownBy(() -> StrictJson.JSON.fromJson("{\"verificationDays\":4294967299}", SlaSettingsRequest.class))
                .isInstanceOf(JsonbException.class);
        assertThatThrownBy(() -> StrictJson.JSON.fromJson("{\"agencyIds\":[1, 99999999999999999999]}", ActionRequest.class))
                .isInstanceOf(JsonbException.class);
    }

    @Test
    void aValueOfTheWrongTypeOrFormIsAnErrorOnItsField() {
        RequestInfo act = new RequestInfo("POST", "/v1/complaints/LKT-26-000001/privacy", true);
        Problem wrongCase = ProblemMapping.toProblem(catchFailure("{\"privacyMode\":\"confidential\"}", ActionRequest.class), act);
        assertThat(wrongCase.status()).isEqualTo(400);
        assertThat(wrongCase.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("'confidential' is not a PrivacyMode", "upper case"));

        Problem text = ProblemMapping.toProblem(catchFailure("{\"rating\":\"lima\"}", CitizenRequest.class), RATING);
        assertThat(text.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("rating");
            assertThat(e.code()).isEqualTo("invalid-format");
            assertThat(e.message()).isEqualTo("'lima' is not a number");
        });
        Problem notAList = ProblemMapping.toProblem(catchFailure("{\"agencyIds\":\"7\"}", ActionRequest.class), act);
        assertThat(notAList.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("agencyIds");
            assertThat(e.code()).isEqualTo("invalid-format");
        });
        assertThat(ProblemMapping.toProblem(catchFailure("{\"rating\":", CitizenRequest.class), RATING).type())
                .as("not JSON at all").endsWith("malformed-json");
    }

    private static Throwable catchFailure(String body, Class<?> type) {
        try {
            StrictJson.JSON.fromJson(body, type);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("read: " + body);
    }
}
