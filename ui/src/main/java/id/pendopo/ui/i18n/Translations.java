package id.pendopo.ui.i18n;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Vaadin's source of texts ({@code getTranslation(...)} in every component), also used by the plain servlet
 * pages.
 *
 * <p>Why not Vaadin's {@code DefaultI18NProvider}, which finds {@code vaadin-i18n/} by itself: it offers only the
 * locales that have a suffixed file (here only English), and it loads bundles with Java's default fallback, so a
 * request for Indonesian on a server whose default locale is English gets the English file instead of the
 * Indonesian default bundle. This provider offers both languages and never falls back to the server's locale.
 *
 * <p>vaadin-cdi uses a CDI bean as the provider only when it is both {@code @VaadinServiceEnabled} and
 * {@code @VaadinServiceScoped}; with either missing it silently falls back to the default provider.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class Translations implements I18NProvider {

    public static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return get(locale, key, params);
    }

    /** The text of {@code key} in the language of {@code locale}; a visible marker when the key is missing. */
    public static String get(Locale locale, String key, Object... params) {
        return find(locale, key, params).orElse("!" + key);
    }

    public static Optional<String> find(Locale locale, String key, Object... params) {
        if (key == null) {
            return Optional.empty();
        }
        Locale l = Language.of(locale).locale();
        try {
            String value = bundle(l).getString(key);
            return Optional.of(params.length == 0 ? value : new MessageFormat(value, l).format(params));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, Language.of(locale).locale(), Translations.class.getClassLoader(),
                NO_FALLBACK);
    }
}
