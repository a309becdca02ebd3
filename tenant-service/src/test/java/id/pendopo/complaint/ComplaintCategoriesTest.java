package id.pendopo.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.shared.ConflictException;
import id.pendopo.shared.DomainException;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.testing.ComplaintWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A tenant admin keeps the regency's complaint categories: adds, renames, deactivates and activates them. */
class ComplaintCategoriesTest {

    private ComplaintWorld world;

    @BeforeEach
    void world() throws Exception {
        world = new ComplaintWorld();
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void aNewCategoryIsActiveAndItsCodeIsUniqueInTheRegency() {
        world.inTx(() -> world.categories.add("PARIWISATA", " Pariwisata ", "Objek wisata", "wisata,pantai", ComplaintWorld.START));

        ComplaintCategory added = world.inTx(() -> world.categories.requireActive("PARIWISATA"));
        assertThat(added.name()).isEqualTo("Pariwisata");
        assertThat(added.keywords()).isEqualTo("wisata,pantai");
        assertThatThrownBy(() -> world.inTx(() -> world.categories.add("PARIWISATA", "Lagi", null, null, ComplaintWorld.START)))
                .isInstanceOf(ConflictException.class).extracting(e -> ((DomainException) e).type())
                .isEqualTo("category-exists");
        try (TenantContext.Scope medan = TenantContext.enter(world.medan)) {
            assertThat(world.inTx(() -> world.categories.find("PARIWISATA"))).isEmpty();
        }
    }

    @Test
    void aBadCodeAndABlankNameAreRefusedTogether() {
        assertThatThrownBy(() -> world.inTx(() -> world.categories.add("jalan rusak", " ", null, null, ComplaintWorld.START)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field).containsExactly("code", "name"));
    }

    @Test
    void describingRenamesTheCategoryAndKeepsItsCode() {
        world.inTx(() -> world.categories.describe("KEBERSIHAN", "Persampahan", "Sampah dan TPS", " "));

        ComplaintCategory renamed = world.inTx(() -> world.categories.require("KEBERSIHAN"));
        assertThat(renamed.code()).isEqualTo("KEBERSIHAN");
        assertThat(renamed.name()).isEqualTo("Persampahan");
        assertThat(renamed.description()).isEqualTo("Sampah dan TPS");
        assertThat(renamed.keywords()).as("blank keywords are no keywords").isNull();
        try (TenantContext.Scope medan = TenantContext.enter(world.medan)) {
            assertThat(world.inTx(() -> world.categories.require("KEBERSIHAN").name())).isEqualTo("Kebersihan dan Sampah");
        }
    }

    /** Open311's discovery changeset: caching clients read the services again after it moves. */
    @Test
    void theLastChangeToAnyRegencysCategoriesIsKnownOnThePlatform() {
        java.time.Instant made = world.inTx(() -> world.categories.lastChangeOnPlatform()).orElseThrow();
        world.clock.advance(java.time.Duration.ofHours(1));
        world.inTx(() -> world.categories.describe("KEBERSIHAN", "Persampahan", null, null));
        assertThat(world.inTx(() -> world.categories.lastChangeOnPlatform())).contains(made.plus(java.time.Duration.ofHours(1)));
        world.clock.advance(java.time.Duration.ofHours(1));
        try (TenantContext.Scope medan = TenantContext.enter(world.medan)) {
            world.inTx(() -> world.categories.setActive("KEBERSIHAN", false));
        }
        assertThat(world.inTx(() -> world.categories.lastChangeOnPlatform())).contains(made.plus(java.time.Duration.ofHours(2)));
    }

    @Test
    void describingChecksEveryFieldAndChangesNothingWhenOneIsBad() {
        assertThatThrownBy(() -> world.inTx(() -> world.categories.describe("KEBERSIHAN", "", "x".repeat(1001), "y".repeat(501))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field)
                        .containsExactly("name", "description", "keywords"));
        assertThat(world.inTx(() -> world.categories.require("KEBERSIHAN").name())).isEqualTo("Kebersihan dan Sampah");
    }

    @Test
    void anUnknownCodeIsNotFound() {
        assertThatThrownBy(() -> world.inTx(() -> world.categories.describe("NO-SUCH", "Nama", null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.inTx(() -> world.categories.setActive("NO-SUCH", false)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDeactivatedCategoryTakesNoNewReportsUntilItIsActivatedAgain() {
        world.inTx(() -> world.categories.setActive("INFRASTRUKTUR", false));

        assertThat(world.inTx(() -> world.categories.active())).extracting(ComplaintCategory::code)
                .doesNotContain("INFRASTRUKTUR");
        assertThat(world.inTx(() -> world.categories.all())).extracting(ComplaintCategory::code).contains("INFRASTRUKTUR");
        assertThatThrownBy(() -> world.intake.submit(ComplaintWorld.pothole("12.05.01", null), java.util.List.of(), Actor.SYSTEM))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field).contains("categoryCode"));

        world.inTx(() -> world.categories.setActive("INFRASTRUKTUR", true));
        assertThat(world.intake.submit(ComplaintWorld.pothole("12.05.01", null), java.util.List.of(), Actor.SYSTEM)
                .trackingId().value()).isEqualTo("LKT-26-000001");
    }
}
