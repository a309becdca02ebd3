package id.pendopo.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionalTimeTest {

    @ParameterizedTest(name = "province {0} is {1}")
    @CsvSource({
        "11, WIB",   // Aceh
        "12, WIB",   // Sumatera Utara (Langkat)
        "36, WIB",   // Banten
        "51, WITA",  // Bali
        "53, WITA",  // Nusa Tenggara Timur
        "61, WIB",   // Kalimantan Barat
        "62, WIB",   // Kalimantan Tengah
        "63, WITA",  // Kalimantan Selatan
        "65, WITA",  // Kalimantan Utara
        "73, WITA",  // Sulawesi Selatan
        "76, WITA",  // Sulawesi Barat
        "81, WIT",   // Maluku
        "82, WIT",   // Maluku Utara
        "91, WIT",   // Papua
        "97, WIT"    // Papua Barat Daya
    })
    void provincesLieInTheirOfficialTimeZone(String province, RegionalTime expected) {
        assertThat(RegionalTime.ofProvince(province)).isEqualTo(expected);
    }
}
