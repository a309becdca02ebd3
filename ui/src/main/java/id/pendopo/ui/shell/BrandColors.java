package id.pendopo.ui.shell;

import id.pendopo.tenancy.Branding;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tenant's primary colour as Lumo's CSS custom properties, applied at run time to the page so that buttons,
 * links, selected menu entries and focus rings take the regency's colour without a custom theme build.
 */
public final class BrandColors {

    private BrandColors() {
    }

    /** The properties to set for {@code hex} ({@code #rrggbb}); the platform colour when it is missing or malformed. */
    public static Map<String, String> cssProperties(String hex) {
        String color = hex != null && Branding.COLOR.matcher(hex).matches() ? hex.toLowerCase() : Branding.DEFAULT_COLOR;
        int r = Integer.parseInt(color.substring(1, 3), 16);
        int g = Integer.parseInt(color.substring(3, 5), 16);
        int b = Integer.parseInt(color.substring(5, 7), 16);
        Map<String, String> css = new LinkedHashMap<>();
        css.put("--pendopo-brand-color", color);
        css.put("--lumo-primary-color", color);
        css.put("--lumo-primary-text-color", color);
        css.put("--lumo-primary-color-50pct", "rgba(" + r + ", " + g + ", " + b + ", 0.5)");
        css.put("--lumo-primary-color-10pct", "rgba(" + r + ", " + g + ", " + b + ", 0.1)");
        // Text on the colour: white on dark colours, near-black on light ones (relative luminance).
        double luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        css.put("--lumo-primary-contrast-color", luminance > 0.6 ? "#1a1a1a" : "#ffffff");
        return css;
    }
}
