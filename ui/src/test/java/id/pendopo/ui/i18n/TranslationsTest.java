package id.pendopo.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.complaint.ArchiveReason;
import id.pendopo.complaint.Channel;
import id.pendopo.complaint.ComplaintEventType;
import id.pendopo.complaint.ComplaintStatus;
import id.pendopo.complaint.ComplaintType;
import id.pendopo.complaint.DuplicateHints;
import id.pendopo.complaint.PrivacyMode;
import id.pendopo.identity.Role;
import id.pendopo.tenancy.NewTenant;
import id.pendopo.tenancy.RegionalTime;
import id.pendopo.tenancy.TenantStatus;
import id.pendopo.ui.complaint.AgencyScope;
import id.pendopo.ui.complaint.ComplaintDetailView;
import id.pendopo.ui.complaint.DeskAction;
import id.pendopo.ui.complaint.InboxCriteria;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static final Path UI_SOURCES = Path.of("src/main/java");
    private static final Path CORE_SOURCES = Path.of("../tenant-service/src/main/java");
    private static final Locale ID = Locale.forLanguageTag("id");

    private final Locale jvmDefault = Locale.getDefault();

    @AfterEach
    void restoreDefaultLocale() {
        Locale.setDefault(jvmDefault);
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        Set<String> indonesian = keys("vaadin-i18n/translations.properties");
        Set<String> english = keys("vaadin-i18n/translations_en.properties");
        assertThat(difference(indonesian, english)).as("keys only in Bahasa Indonesia").isEmpty();
        assertThat(difference(english, indonesian)).as("keys only in English").isEmpty();
    }

    @Test
    void everyKeyWrittenInTheCodeExists() {
        Set<String> known = keys("vaadin-i18n/translations.properties");
        Set<String> prefixes = known.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[A-Za-z0-9-]+)+)\"");
        for (String source : sources(UI_SOURCES)) {
            Matcher m = literal.matcher(source);
            while (m.find()) {
                String key = m.group(1);
                if (prefixes.contains(key.substring(0, key.indexOf('.')))) {
                    used.add(key);
                }
            }
        }
        assertThat(used).as("keys found in the sources").hasSizeGreaterThan(100);
        assertThat(difference(used, known)).as("keys used in the code but missing from the bundles").isEmpty();
    }

    @Test
    void everyRefusalOfTheCoreHasAMessage() {
        Set<String> types = new TreeSet<>();
        Pattern type = Pattern.compile("(?:Exception|super)\\(\\s*\"([a-z][a-z-]+)\"");
        for (String source : sources(CORE_SOURCES)) {
            Matcher m = type.matcher(source);
            while (m.find()) {
                types.add(m.group(1));
            }
        }
        assertThat(types).contains("tenant-suspended", "validation", "duplicate-tenant");
        Set<String> known = keys("vaadin-i18n/translations.properties");
        assertThat(types.stream().map(t -> "error." + t).filter(k -> !known.contains(k)).toList())
                .as("domain exception types without a translated message").isEmpty();
    }

    @Test
    void everyKeyBuiltFromDomainValuesExists() {
        Set<String> needed = new TreeSet<>();
        Arrays.stream(TenantStatus.values()).forEach(s -> needed.add("status." + s.name()));
        Arrays.stream(Role.values()).forEach(r -> needed.add("role." + r.roleName()));
        Arrays.stream(RegionalTime.values()).forEach(z -> needed.add("timezone." + z.name()));
        Arrays.stream(Language.values()).forEach(l -> needed.add("language." + l.tag()));
        NewTenant.LOCALES.forEach(l -> needed.add("language." + l));
        Arrays.stream(NewTenant.class.getRecordComponents()).forEach(c -> needed.add("field." + c.getName()));
        Arrays.stream(ComplaintStatus.values()).forEach(v -> needed.add("complaint.status." + v.name()));
        Arrays.stream(ComplaintType.values()).forEach(v -> needed.add("complaint.type." + v.name()));
        Arrays.stream(Channel.values()).forEach(v -> needed.add("complaint.channel." + v.name()));
        Arrays.stream(PrivacyMode.values()).forEach(v -> needed.add("complaint.privacy." + v.name()));
        Arrays.stream(ArchiveReason.values()).forEach(v -> needed.add("complaint.archive-reason." + v.name()));
        Arrays.stream(ComplaintEventType.values()).forEach(v -> needed.add("complaint.event." + v.name()));
        Arrays.stream(DuplicateHints.Reason.values()).forEach(v -> needed.add("duplicate.reason." + v.name()));
        Arrays.stream(InboxCriteria.Sort.values()).forEach(v -> needed.add("inbox.sort." + v.name()));
        Arrays.stream(DeskAction.values()).forEach(v -> needed.add("action." + v.name()));
        List.of("forward", "close").forEach(v -> needed.add("action.not-ours." + v));
        List.of("tracking-id", "received", "type", "category", "title", "district", "status", "verification-due",
                "follow-up-due", "overdue", "channel", "privacy", "reporter").forEach(v -> needed.add("export.column." + v));
        List.of(AgencyScope.NO_AGENCY_CLAIM, AgencyScope.UNKNOWN_AGENCY)
                .forEach(t -> needed.add("error." + t));
        Pattern sectionName = Pattern.compile("String name\\(\\)\\s*\\{\\s*return \"([a-z-]+)\";");
        for (String source : sources(CORE_SOURCES)) {
            if (source.contains("implements TenantDataSection")) {
                Matcher m = sectionName.matcher(source);
                while (m.find()) {
                    needed.add("usage." + m.group(1));
                }
            }
        }
        assertThat(needed).contains("usage.agencies");
        assertThat(difference(needed, keys("vaadin-i18n/translations.properties"))).isEmpty();
    }

    @Test
    void indonesianIsTheDefaultEvenOnAnEnglishServer() {
        Locale.setDefault(Locale.US);
        assertThat(Translations.get(ID, "shell.logout")).isEqualTo("Keluar");
        assertThat(Translations.get(Locale.forLanguageTag("fr"), "shell.logout")).isEqualTo("Keluar");
        assertThat(Translations.get(null, "shell.logout")).isEqualTo("Keluar");
        assertThat(Translations.get(Locale.ENGLISH, "shell.logout")).isEqualTo("Sign out");
        assertThat(Translations.get(Locale.US, "shell.logout")).isEqualTo("Sign out");
        assertThat(new Translations().getProvidedLocales()).first().isEqualTo(ID);
    }

    @Test
    void vaadinCdiPicksTheProviderUp() {
        assertThat(Translations.class).hasAnnotation(com.vaadin.cdi.annotation.VaadinServiceEnabled.class)
                .hasAnnotation(com.vaadin.cdi.annotation.VaadinServiceScoped.class);
    }

    @Test
    void parametersAreFilledInAndMissingKeysAreVisible() {
        assertThat(Translations.get(ID, "home.welcome", "Kabupaten Langkat")).isEqualTo("Selamat datang di Kabupaten Langkat");
        assertThat(Translations.get(Locale.ENGLISH, "regions.count", 91599)).isEqualTo("91,599 regions stored now.");
        assertThat(Translations.get(ID, "no.such-key")).isEqualTo("!no.such-key");
    }

    @Test
    void quotesInPatternsWithParametersAreEscaped() {
        for (String bundle : Set.of("vaadin-i18n/translations.properties", "vaadin-i18n/translations_en.properties")) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (v.contains("{0") && v.replace("''", "").contains("'")) {
                    throw new AssertionError(bundle + ": " + key + " has a single quote in a MessageFormat pattern");
                }
            }
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Set<String> keys(String resource) {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static java.util.List<String> sources(Path root) {
        assertThat(root).isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
