package id.pendopo.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugSuggestionTest {

    @Test
    void theSlugIsTheRegencysNameWithoutItsKind() {
        assertThat(SlugSuggestion.from("Kabupaten Langkat")).contains("langkat");
        assertThat(SlugSuggestion.from("Kota Tanjung Balai")).contains("tanjung-balai");
        assertThat(SlugSuggestion.from("Kabupaten Pakpak Bharat")).contains("pakpak-bharat");
        assertThat(SlugSuggestion.from("Kota Administrasi Jakarta Selatan")).contains("jakarta-selatan");
        assertThat(SlugSuggestion.from("Kabupaten Kep. Siau Tagulandang Biaro")).contains("kep-siau-tagulandang-biaro");
    }

    @Test
    void nothingIsProposedWhenNoValidSlugComesOut() {
        assertThat(SlugSuggestion.from(null)).isEmpty();
        assertThat(SlugSuggestion.from("!!!")).isEmpty();
        assertThat(SlugSuggestion.from("Kabupaten 2")).isEmpty();
    }
}
