package id.pendopo.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.shared.ValidationException;
import id.pendopo.shared.ValidationException.FieldError;
import org.junit.jupiter.api.Test;

class NewTenantTest {

    @Test
    void aCompleteRequestIsValid() {
        langkat("12.05", "langkat", "admin@langkatkab.go.id").validate();
    }

    @Test
    void everyFailingFieldIsReportedTogether() {
        NewTenant bad = new NewTenant("1205", "Langkat!", null, null, "fr", "blue", "ftp://x", null, "not-an-email",
                null, "");
        assertThatThrownBy(bad::validate).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("kode", "slug", "locale", "primaryColor", "logoUrl", "contactEmail",
                                "adminEmail"));
    }

    @Test
    void slugsAreShortLowercaseAndHyphenatedOnce() {
        assertThat(TenantSlug.isValid("langkat")).isTrue();
        assertThat(TenantSlug.isValid("kota-medan")).isTrue();
        assertThat(TenantSlug.isValid("kota--medan")).isFalse();
        assertThat(TenantSlug.isValid("-medan")).isFalse();
        assertThat(TenantSlug.isValid("medan-")).isFalse();
        assertThat(TenantSlug.isValid("ab")).isFalse();
        assertThat(TenantSlug.isValid("1medan")).isFalse();
        assertThat(TenantSlug.isValid("a".repeat(41))).isFalse();
    }

    static NewTenant langkat(String kode, String slug, String adminEmail) {
        return new NewTenant(kode, slug, null, null, null, null, null, "Bupati", "humas@langkatkab.go.id", "0611",
                adminEmail);
    }
}
