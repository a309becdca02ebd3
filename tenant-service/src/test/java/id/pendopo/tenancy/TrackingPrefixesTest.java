package id.pendopo.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingPrefixesTest {

    @Test
    void theFirstChoiceIsTheFirstLetterAndTheLastTwoConsonants() {
        assertThat(TrackingPrefixes.choose("langkat", Set.of())).isEqualTo("LKT");
        assertThat(TrackingPrefixes.choose("kota-medan", Set.of())).isEqualTo("KDN");
        assertThat(TrackingPrefixes.choose("aie", Set.of())).isEqualTo("AXX");
    }

    @Test
    void aTakenPrefixGivesWayToTheNextFreeOneWithTheSameInitial() {
        assertThat(TrackingPrefixes.choose("langkat", Set.of("LKT"))).isEqualTo("LKU");
        assertThat(TrackingPrefixes.choose("langkat", Set.of("LKT", "LKU"))).isEqualTo("LKV");
    }

    @Test
    void allFiveHundredFourteenRegenciesGetDistinctPrefixes() {
        Set<String> taken = new HashSet<>();
        java.util.List<String> slugs = new java.util.ArrayList<>();
        for (int i = 0; i < 514; i++) {
            slugs.add("kabupaten-" + (char) ('a' + i % 26) + "x" + i);
        }
        for (String slug : slugs) {
            String prefix = TrackingPrefixes.choose(slug, taken);
            assertThat(prefix).matches("[A-Z]{3}");
            assertThat(taken.add(prefix)).as("prefix %s of %s is new", prefix, slug).isTrue();
        }
        assertThat(taken).hasSize(514);
    }
}
