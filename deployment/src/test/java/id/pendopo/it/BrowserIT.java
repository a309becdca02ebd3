package id.pendopo.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What a new user does first, in a real headless Chromium against the real Keycloak login page: the
 * operator creates a regency in the console and sees it listed; that regency's admin signs in with the
 * temporary password, chooses a new one, and lands in their own branded space, which shows nothing of other
 * regencies and no operator pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    private static final String SLUG = "karo";
    private static Browser browser;
    private static String temporaryPassword;
    /** A complaint of Langkat, submitted through the API by Langkat's integration client. */
    private static String trackingId;
    private static String trackingSecret;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Platform.apiWar();
    }

    @BeforeAll
    static void regionsAndABrowser() {
        String operator = Platform.operatorToken();
        Fixtures.importRegions(operator);
        Fixtures.tenant(operator, "12.05", "langkat");
        Platform.Answer created = Platform.postJson("/api/v1/complaints",
                Platform.clientToken("langkat-integration", "langkat-integration-dev-secret"),
                ComplaintsIT.report("Jembatan gantung Bahorok rusak").build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        trackingId = created.json().getString("trackingId");
        trackingSecret = created.json().getString("trackingSecret");
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void theOperatorSignsInThroughKeycloakAndCreatesATenantThatIsListed() {
        browser.open("/");
        browser.login("operator", "operator", null);
        browser.byId("tenant-grid");
        browser.screenshot("01-operator-console");

        browser.byId("create-tenant").click();
        type("tenant-form-kode", "12.06");
        browser.waitForText("Kabupaten Karo");
        WebElement slug = browser.find(By.cssSelector("#tenant-form-slug input"));
        slug.sendKeys(Keys.chord(Keys.CONTROL, "a"), SLUG, Keys.TAB);
        type("tenant-form-admin-email", "admin@karokab.test");
        browser.byId("tenant-form-save").click();

        browser.byId("tenant-created-username");  // the dialog element itself is never "visible": its overlay is
        temporaryPassword = value("tenant-created-password");
        assertThat(value("tenant-created-username")).isEqualTo("admin." + SLUG);
        assertThat(temporaryPassword).hasSizeGreaterThanOrEqualTo(12);
        browser.screenshot("02-tenant-created");
        browser.byId("tenant-created-close").click();

        type("tenant-search", "karo");
        assertThat(browser.byId("tenant-link-" + SLUG).getText()).isEqualTo(SLUG);
        assertThat(browser.byId("tenant-grid").getText()).contains("Kabupaten Karo");
        assertThat(browser.byId("tenant-status-" + SLUG).getText()).isNotBlank();
        browser.screenshot("03-tenant-listed");
    }

    @Test
    @Order(2)
    void theNewTenantsAdminSignsInAndLandsInTheirOwnBrandedSpace() {
        browser.byId("logout").click();
        browser.find(By.id("username"));
        browser.open("/");
        browser.login("admin." + SLUG, temporaryPassword, "Karo-Rahasia-2026");

        WebElement title = browser.byId("tenant-home-title");
        assertThat(title.getText()).contains("Karo");
        assertThat(browser.byId("tenant-home-kode").getText()).contains("12.06");
        assertThat(browser.byId("app-title").getText()).contains("Karo");
        assertThat(browser.driver().getPageSource()).doesNotContain("Langkat");
        browser.screenshot("04-tenant-home");
    }

    @Test
    @Order(3)
    void theTenantAdminSeesOnlyTheirOwnStaff() {
        browser.open("/staf");
        browser.byId("staff-grid");
        browser.waitForText("admin." + SLUG);
        assertThat(browser.driver().getPageSource()).doesNotContain("admin.langkat").doesNotContain("petugas.langkat");
    }

    @Test
    @Order(4)
    void theTenantAdminInvitesAndDisablesStaffThroughKeycloak() {
        browser.open("/staf");
        browser.byId("staff-invite").click();
        type("invite-username", "siti.karo");
        type("invite-email", "siti@karokab.test");
        type("invite-first-name", "Siti");
        type("invite-last-name", "Aminah");
        browser.find(By.cssSelector("#invite-roles vaadin-checkbox")).click();
        browser.byId("invite-save").click();
        assertThat(value("staff-invited-username")).isEqualTo("siti.karo");
        assertThat(value("staff-invited-password")).hasSizeGreaterThanOrEqualTo(12);
        browser.byId("staff-invited-close").click();
        // Siti signs in (her own password set, as at her first login) and keeps a session.
        KeycloakAdmin.setPassword("siti.karo", "Siti-Karo-2026");
        JsonObject siti = Platform.userSession("siti.karo", "Siti-Karo-2026");

        // Made an agency officer of DPUPR afterwards: the agency is stored on the account, for the token's claim. An
        // agency officer is not also a regency admin (who sees every reporter): the dialog says so first.
        browser.byId("staff-roles-siti-karo").click();
        browser.find(By.xpath("//*[@id='roles-picker']//vaadin-checkbox[contains(., 'Petugas OPD')]")).click();
        browser.byId("roles-save").click();
        browser.waitUntil(d -> d.findElement(By.id("roles-picker")).getAttribute("invalid") != null);
        browser.find(By.xpath("//*[@id='roles-picker']//vaadin-checkbox[contains(., 'Admin pemda')]")).click();
        WebElement agency = browser.find(By.cssSelector("#roles-agency input"));
        agency.sendKeys("DPUPR");
        browser.find(By.xpath("//vaadin-combo-box-item[contains(., 'DPUPR')]")).click();
        browser.byId("roles-save").click();
        try {
            browser.waitUntilGone(By.id("roles-save"));
        } catch (RuntimeException e) {
            browser.screenshot("04a-roles-not-saved");
            throw new AssertionError("the roles were not saved; notifications: " + browser.driver()
                    .findElements(By.cssSelector("vaadin-notification-card")).stream().map(WebElement::getText).toList(), e);
        }
        // Her sessions end with the change: the roles she signed in with are no longer hers.
        assertThat(Platform.refresh(siti).status()).as("refreshing the session she had before").isEqualTo(400);
        JsonObject again = Platform.userSession("siti.karo", "Siti-Karo-2026");

        // Disabling flips the row's button to "enable" (success theme) once Keycloak has answered.
        browser.byId("staff-toggle-siti-karo").click();
        browser.find(By.cssSelector("#staff-toggle-siti-karo[theme~='success']"));
        assertThat(Platform.refresh(again).status()).as("a disabled account's session").isEqualTo(400);
        JsonObject account = Platform.get(Platform.KEYCLOAK + "/admin/realms/pendopo/users?exact=true&briefRepresentation=false&username=siti.karo",
                Platform.clientToken("pendopo-admin", "pendopo-admin-dev-secret")).array().getJsonObject(0);
        assertThat(account.getBoolean("enabled")).isFalse();
        assertThat(account.getJsonObject("attributes").getJsonArray("tenant").getString(0)).isEqualTo(SLUG);
        assertThat(account.getJsonObject("attributes").getJsonArray("pendopo.agency").getString(0)).isEqualTo("DPUPR");
        browser.screenshot("04b-staff");
    }

    /**
     * Every route of the UI, read from the WAR, visited by tenant A's admin with tenant B's identifiers in its
     * parameters: it is refused (not found) or shows nothing of B.
     */
    @Test
    @Order(5)
    void everyUiRouteShowsATenantAdminNothingOfAnotherTenant() {
        List<String> routes = UiRoutes.all();
        assertThat(routes).contains("/", "/staf", "/operator/tenants", "/operator/tenants/:slug", "/operator/regions");
        for (String route : routes) {
            String path = route.replace(":slug", "langkat").replace(":trackingId", trackingId);
            assertThat(path).as("a value of tenant B for every route parameter of %s", route).doesNotContain(":");
            browser.open(path);
            browser.find(By.cssSelector("#not-found, #tenant-home, #staff-grid, #complaint-grid, #complaint-refused, "
                    + "#category-grid, #new-complaint-view"));
            String page = browser.driver().getPageSource();
            assertThat(page).as(path).doesNotContain("Kabupaten Langkat").doesNotContain("admin.langkat")
                    .doesNotContain("Jembatan gantung"); // the tracking id itself is in the page's own address
            if (route.startsWith("/operator")) {
                assertThat(browser.driver().findElements(By.id("not-found"))).as(path + " is refused").isNotEmpty();
            }
        }
        browser.screenshot("05-operator-route-refused");
    }

    @Test
    @Order(6)
    void theLanguageSwitchesToEnglish() {
        browser.open("/");
        browser.byId("tenant-home-title");
        browser.byId("language-en").click();
        browser.waitForText("Regional agencies");
        browser.screenshot("06-english");
        browser.byId("language-id").click();
        browser.waitForText("Perangkat daerah");
    }

    /**
     * One complaint through its life: submitted through the API (above), verified and sent to DPUPR by the
     * coordinator in the UI, answered by DPUPR's officer in the UI, resolved, then tracked and rated by the
     * reporter: through the tracking API, and on the public tracking page (/lacak), where they rate it with the secret.
     */
    @Test
    @Order(7)
    void aComplaintIsVerifiedDisposedAnsweredAndRated() {
        signInAndOpen("verifikator.langkat", "/pengaduan/" + trackingId);
        status("RECEIVED");
        browser.screenshot("07-complaint-received");
        act("action-verify", null);
        status("VERIFIED");
        // Verified means published: raising the privacy now says that copies already out cannot be recalled.
        browser.byId("action-raise-privacy").click();
        assertThat(browser.byId("privacy-published").isDisplayed()).isTrue();
        browser.driver().findElement(By.id("action-text")).sendKeys(Keys.ESCAPE);
        browser.waitUntilGone(By.id("privacy-published"));

        browser.byId("action-dispose").click();
        WebElement agencies = browser.find(By.cssSelector("#dispose-agencies input"));
        agencies.click();
        agencies.sendKeys("DPUPR");
        browser.find(By.xpath("//vaadin-multi-select-combo-box-item[contains(., 'DPUPR')]")).click();
        agencies.sendKeys(Keys.ESCAPE);
        browser.byId("action-confirm").click();
        status("DISPOSED");
        browser.screenshot("07-complaint-disposed");

        signInAndOpen("opd.langkat", "/pengaduan/" + trackingId);
        status("DISPOSED");
        assertThat(browser.driver().findElements(By.id("action-verify"))).isEmpty();
        act("action-respond", "Jembatan sudah diperbaiki oleh DPUPR.");
        status("FOLLOWED_UP");

        signInAndOpen("verifikator.langkat", "/pengaduan/" + trackingId);
        act("action-resolve", null);
        status("RESOLVED");

        Platform.Answer tracked = Platform.send(Platform.request("/api/v1/tracking/" + trackingId, null)
                .header("Tracking-Secret", trackingSecret).GET().build());
        assertThat(tracked.json().getString("status")).isEqualTo("RESOLVED");
        assertThat(tracked.body()).contains("Jembatan sudah diperbaiki oleh DPUPR.");

        // The reporter follows the link in their e-mail: the public page, then their own with the secret, and rates.
        browser.open("/lacak/" + trackingId);
        browser.find(By.cssSelector("#complaint[data-status='RESOLVED']"));
        assertThat(browser.byId("answers").getText()).contains("Jembatan sudah diperbaiki oleh DPUPR.");
        browser.byId("secret").sendKeys(trackingSecret);
        browser.byId("show").click();
        browser.byId("rate-form");
        browser.byId("rating-5").click();
        browser.byId("rate").click();
        browser.find(By.cssSelector("#complaint[data-status='CLOSED']"));
        assertThat(browser.byId("notice").getText()).contains("Terima kasih");
        browser.screenshot("07-reporter-rated");
        // The same page in English, and the link back to Indonesian.
        browser.open("/lacak/" + trackingId + "?lang=en");
        browser.find(By.cssSelector("#complaint[data-status='CLOSED']"));
        assertThat(browser.find(By.tagName("h1")).getText()).startsWith("Track report");
        browser.byId("language").click();
        browser.waitUntil(d -> d.findElement(By.tagName("h1")).getText().startsWith("Lacak laporan"));

        browser.open("/pengaduan/" + trackingId);
        status("CLOSED");
        browser.find(By.cssSelector("#complaint-timeline .timeline-entry[data-event='CLOSED']"));
        browser.screenshot("07-complaint-closed");

        browser.open("/pengaduan");
        browser.byId("complaint-grid");
        browser.byId("open-" + trackingId);
        browser.screenshot("07-inbox");
    }

    /** The tenant admin adds a complaint category in the settings; the API offers it to new reports at once. */
    @Test
    @Order(8)
    void theTenantAdminAddsACategoryThatReportsCanUse() {
        signInAndOpen("admin.langkat", "/pengaturan");
        browser.byId("category-grid");
        browser.byId("category-add").click();
        type("category-code", "PASAR");
        type("category-name", "Pasar dan Perdagangan");
        browser.byId("category-save").click();
        browser.byId("category-toggle-PASAR");
        browser.screenshot("08-settings-categories");

        Platform.Answer active = Platform.get("/api/v1/complaint-categories?active=true",
                Platform.clientToken("langkat-integration", "langkat-integration-dev-secret"));
        assertThat(active.body()).contains("\"PASAR\"");
    }

    /**
     * A report that arrives while the inbox is open shows in the inbox's counter and the menu's without a click:
     * the page polls (every second here, {@code pendopo.ui.refresh-seconds} in arquillian.xml).
     */
    @Test
    @Order(9)
    void aNewReportShowsInTheCountersWithoutAClick() {
        signInAndOpen("verifikator.langkat", "/pengaduan");
        long before = Long.parseLong(browser.byId("count-new").getAttribute("data-count"));
        Platform.Answer created = Platform.postJson("/api/v1/complaints",
                Platform.clientToken("langkat-integration", "langkat-integration-dev-secret"),
                ComplaintsIT.report("Lampu jalan padam di Jalan Proklamasi, Stabat").build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        String expected = String.valueOf(before + 1);
        browser.waitUntil(d -> expected.equals(d.findElement(By.id("count-new")).getAttribute("data-count")));
        assertThat(browser.byId("nav-count-new").getText()).isEqualTo(expected);
        browser.screenshot("09-inbox-counted-without-a-click");
    }

    /**
     * A report that is not Langkat's: the coordinator first corrects its kecamatan, then forwards it to Karo (made in
     * the first test), which has its own copy at once, named on Langkat's page.
     */
    @Test
    @Order(10)
    void aReportIsPlacedThenForwardedToTheRegencyResponsible() {
        Platform.Answer created = Platform.postJson("/api/v1/complaints",
                Platform.clientToken("langkat-integration", "langkat-integration-dev-secret"),
                ComplaintsIT.report("Los pasar roboh di Kabanjahe").build());
        String id = created.json().getString("trackingId");

        signInAndOpen("verifikator.langkat", "/pengaduan/" + id);
        status("RECEIVED");
        browser.byId("action-relocate").click();
        WebElement district = browser.find(By.cssSelector("#relocate-district input"));
        district.click();
        district.sendKeys("Salapian");
        browser.find(By.xpath("//vaadin-combo-box-item[contains(., 'Salapian')]")).click();
        browser.byId("action-confirm").click();
        browser.waitUntil(d -> d.findElement(By.id("complaint-district")).getText().contains("Salapian"));

        browser.byId("action-not-ours").click();
        // Picked from the platform's active regencies, not typed: a typo could be another regency's slug.
        WebElement regency = browser.find(By.cssSelector("#not-ours-tenant input"));
        regency.click();
        regency.sendKeys("Karo");
        browser.find(By.xpath("//vaadin-combo-box-item[contains(., 'Kabupaten Karo (" + SLUG + ")')]")).click();
        browser.find(By.cssSelector("#action-text textarea")).sendKeys("Lokasi di Kabanjahe");
        browser.byId("action-confirm").click();
        status("NOT_OUR_JURISDICTION");
        assertThat(browser.byId("complaint-forwarded-to").getText()).isEqualTo("Kabupaten Karo");
        String handoff = browser.byId("complaint-handoff").getText();
        Matcher copy = Pattern.compile("[A-Z]{3}-\\d{2}-\\d{6}").matcher(handoff);
        assertThat(copy.find()).as(handoff).isTrue();
        browser.screenshot("10-forwarded");

        JsonObject atKaro = Platform.get("/api/v1/complaints/" + copy.group(),
                Platform.userToken("admin." + SLUG, "Karo-Rahasia-2026")).json();
        assertThat(atKaro.getString("channel")).isEqualTo("FORWARDED");
        assertThat(atKaro.getString("forwardedFrom")).isEqualTo(id);
        assertThat(atKaro.getJsonArray("timeline").getJsonObject(0).getString("note")).contains("Salapian", "Kabanjahe");
    }

    /**
     * Bulk acts touch only what the coordinator sees selected: ticking rows wakes the bulk buttons (they never did: the
     * grid's selection mode was set after the buttons listened to the selection), and a new search clears the selection
     * (before, the rows it hid stayed selected, unseen, and the next bulk act took them along).
     */
    @Test
    @Order(11)
    void aBulkActTakesOnlyTheRowsTheCoordinatorSeesSelected() {
        String marker = "Pilih" + System.nanoTime();
        String client = Platform.clientToken("langkat-integration", "langkat-integration-dev-secret");
        String first = Platform.postJson("/api/v1/complaints", client,
                ComplaintsIT.report(marker + " satu jalan retak").build()).json().getString("trackingId");
        String second = Platform.postJson("/api/v1/complaints", client,
                ComplaintsIT.report(marker + " dua got tersumbat").build()).json().getString("trackingId");

        signInAndOpen("verifikator.langkat", "/pengaduan");
        type("complaint-search", marker);
        // The search has reached the server once the earlier reports have left the list.
        browser.waitUntil(d -> d.findElements(By.id("open-" + trackingId)).stream().noneMatch(WebElement::isDisplayed));
        selectRow(first);
        selectRow(second);
        browser.waitUntil(d -> d.findElement(By.id("bulk-verify")).getAttribute("disabled") == null);

        type("complaint-search", marker + " satu");
        browser.waitUntil(d -> d.findElements(By.id("open-" + second)).stream().noneMatch(WebElement::isDisplayed));
        browser.waitUntil(d -> d.findElement(By.id("bulk-verify")).getAttribute("disabled") != null);
        selectRow(first);
        browser.waitUntil(d -> d.findElement(By.id("bulk-verify")).getAttribute("disabled") == null);
        browser.byId("bulk-verify").click();
        // Verifying publishes: the dialog names what will be published before anything is.
        browser.waitUntil(d -> d.findElement(By.id("bulk-verify-what")).getText().contains(first));
        assertThat(Platform.get("/api/v1/complaints/" + first, client).json().getString("status")).isEqualTo("RECEIVED");
        browser.byId("action-confirm").click();
        browser.waitUntil(d -> "VERIFIED".equals(Platform.get("/api/v1/complaints/" + first, client).json().getString("status")));
        assertThat(Platform.get("/api/v1/complaints/" + second, client).json().getString("status"))
                .as("hidden by the search, so not verified").isEqualTo("RECEIVED");
        browser.screenshot("11-bulk-verified-only-the-visible-row");
    }

    /** Clicks the selection box of the inbox row of {@code trackingId} (in the grid's first column), as a user does. */
    /**
     * A walk-in report typed by staff with two phone photos that are both called {@code image.jpg}: both are stored
     * (the console used to keep files by name, and only the second survived). A latitude the field cannot read is
     * refused first (it used to be saved as no map point at all).
     */
    @Test
    @Order(12)
    void aWalkInReportKeepsTwoPhotosOfTheSameName() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("same-name");
        List<String> paths = new java.util.ArrayList<>();
        for (String sub : List.of("a", "b")) {
            java.nio.file.Path photo = java.nio.file.Files.createDirectories(dir.resolve(sub)).resolve("image.jpg");
            java.awt.image.BufferedImage pixel = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
            pixel.setRGB(0, 0, sub.equals("a") ? 0xFF0000 : 0x0000FF);
            javax.imageio.ImageIO.write(pixel, "jpg", photo.toFile());
            paths.add(photo.toString());
        }

        signInAndOpen("verifikator.langkat", "/pengaduan/baru");
        WebElement category = browser.find(By.cssSelector("#new-category input"));
        category.click();
        category.sendKeys("Infrastruktur");
        browser.find(By.xpath("//vaadin-combo-box-item[contains(., 'Infrastruktur')]")).click();
        type("new-title", "Gorong-gorong tersumbat di Pasar Bahorok");
        browser.find(By.cssSelector("#new-description textarea")).sendKeys("Air meluap ke jalan setiap hujan.");
        WebElement district = browser.find(By.cssSelector("#new-district input"));
        district.click();
        district.sendKeys("Bahorok");
        browser.find(By.xpath("//vaadin-combo-box-item[contains(., 'Bahorok')]")).click();
        type("new-reporter-name", "Pak Rudi");
        // A map point the field cannot read is refused with a message, not saved as "no map point".
        type("new-latitude", "3.5.1");
        type("new-longitude", "98.67");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser.byId("new-submit"));
        browser.waitForText("Lintang dan bujur harus berupa angka");
        assertThat(browser.driver().findElements(By.id("new-tracking-id"))).isEmpty();
        type("new-latitude", "3,59"); // a decimal comma, as people here write it

        WebElement files = browser.byId("new-attachments").getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        files.sendKeys(String.join("\n", paths));
        browser.waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const u = document.getElementById('new-attachments');"
                        + " return u.files.length === 2 && u.files.every(f => f.complete);")));
        // Below the fold under the file list: scrolled to, then clicked.
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser.byId("new-submit"));
        String id = browser.byId("new-tracking-id").getText();
        browser.screenshot("12-walk-in-with-two-photos");

        JsonObject stored = Platform.get("/api/v1/complaints/" + id,
                Platform.userToken("verifikator.langkat", "verifikator.langkat")).json();
        assertThat(stored.getString("channel")).isEqualTo("PHONE");
        assertThat(stored.getJsonArray("attachments")).as(stored.toString()).hasSize(2);
        assertThat(stored.getJsonObject("location").getJsonNumber("latitude").doubleValue()).isEqualTo(3.59);
    }

    private static void selectRow(String trackingId) {
        browser.byId("open-" + trackingId);
        String slot = (String) ((JavascriptExecutor) browser.driver()).executeScript("""
                const grid = document.getElementById('complaint-grid');
                const content = document.getElementById('open-' + arguments[0]).closest('vaadin-grid-cell-content');
                return grid.shadowRoot.querySelector('slot[name="' + content.slot + '"]').closest('tr').querySelector('slot').name;
                """, trackingId);
        browser.find(By.cssSelector("vaadin-grid-cell-content[slot='" + slot + "'] vaadin-checkbox")).click();
    }

    private static void signInAndOpen(String user, String path) {
        browser.open("/");
        if (browser.find(By.cssSelector("#logout, #username")).getAttribute("id").equals("logout")) {
            browser.byId("logout").click();
            browser.find(By.id("username"));
        }
        browser.open(path);
        browser.login(user, user, null);
    }

    private static void status(String status) {
        browser.find(By.cssSelector("#complaint-status[data-status='" + status + "']"));
    }

    private static void act(String button, String text) {
        browser.byId(button).click();
        if (text != null) {
            browser.find(By.cssSelector("#action-text textarea")).sendKeys(text);
        }
        browser.byId("action-confirm").click();
    }

    private static void type(String id, String text) {
        WebElement input = browser.find(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    private static String value(String id) {
        browser.byId(id);
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.getElementById(arguments[0]).value", id);
    }
}
