package id.pendopo.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void indonesianUnlessEnglishIsAskedFor() {
        assertThat(Language.of((String) null)).isEqualTo(Language.ID);
        assertThat(Language.of("fr")).isEqualTo(Language.ID);
        assertThat(Language.of("in")).isEqualTo(Language.ID);
        assertThat(Language.of(new Locale("in", "ID"))).isEqualTo(Language.ID);
        assertThat(Language.of("en-US")).isEqualTo(Language.EN);
        assertThat(Language.of("en_GB")).isEqualTo(Language.EN);
        assertThat(Language.ofSession((Object) null)).isEqualTo(Language.ID);
        assertThat(Language.ofSession((Object) "en")).isEqualTo(Language.EN);
    }
}
