package id.pendopo.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrandColorsTest {

    @Test
    void aTenantsColourBecomesLumosPrimaryColours() {
        var css = BrandColors.cssProperties("#2E7D32");
        assertThat(css).containsEntry("--lumo-primary-color", "#2e7d32")
                .containsEntry("--lumo-primary-text-color", "#2e7d32")
                .containsEntry("--lumo-primary-color-50pct", "rgba(46, 125, 50, 0.5)")
                .containsEntry("--lumo-primary-color-10pct", "rgba(46, 125, 50, 0.1)")
                .containsEntry("--lumo-primary-contrast-color", "#ffffff");
    }

    @Test
    void aLightColourGetsDarkText() {
        assertThat(BrandColors.cssProperties("#ffeb3b")).containsEntry("--lumo-primary-contrast-color", "#1a1a1a");
    }

    @Test
    void aMissingOrMalformedColourFallsBackToThePlatformColour() {
        assertThat(BrandColors.cssProperties(null)).containsEntry("--lumo-primary-color", "#1565c0");
        assertThat(BrandColors.cssProperties("red; background:url(x)")).containsEntry("--lumo-primary-color", "#1565c0");
    }
}
