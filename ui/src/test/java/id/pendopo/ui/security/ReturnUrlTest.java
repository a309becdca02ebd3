package id.pendopo.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReturnUrlTest {

    @Test
    void theRequestedPageIsWhereTheUserReturns() {
        assertThat(ReturnUrl.after("http://localhost:8080/operator/tenants", "")).isEqualTo("http://localhost:8080/operator/tenants");
    }

    @Test
    void vaadinsBackgroundRequestsAndTheCallbackGiveWayToTheHomePage() {
        assertThat(ReturnUrl.after("http://localhost:8080/?v-r=uidl&v-uiId=0", "")).isEqualTo("/");
        assertThat(ReturnUrl.after("http://localhost:8080/VAADIN/build/vaadin-bundle.js", "")).isEqualTo("/");
        assertThat(ReturnUrl.after("http://localhost:8080/callback?code=x", "/app")).isEqualTo("/app/");
        assertThat(ReturnUrl.after(null, "")).isEqualTo("/");
    }

    @Test
    void theRealmUrlIsComposedFromTheKeycloakUrl() {
        assertThat(OidcSettings.realmUrl("http://localhost:8180/", "pendopo")).isEqualTo("http://localhost:8180/realms/pendopo");
        assertThat(OidcSettings.realmUrl("https://id.example.go.id", "pendopo")).isEqualTo("https://id.example.go.id/realms/pendopo");
    }
}
