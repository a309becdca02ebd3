package id.pendopo.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.shared.ConflictException;
import id.pendopo.shared.DomainException;
import id.pendopo.shared.ValidationException;
import id.pendopo.shared.ValidationException.FieldError;
import id.pendopo.tenancy.NewTenant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

    private static final Locale ID = Locale.forLanguageTag("id");

    @Test
    void aRefusalReadsInTheUsersLanguage() {
        DomainException e = new ConflictException("duplicate-tenant", "The slug 'langkat' is already used");
        assertThat(ErrorMessages.of(e, ID)).isEqualTo("Slug atau kode wilayah ini sudah dipakai oleh pemda lain.");
        assertThat(ErrorMessages.of(e, Locale.ENGLISH)).isEqualTo("This slug or region code is already used by another tenant.");
    }

    @Test
    void aReportOutsideTheRegencyIsExplainedInIndonesian() {
        var wrong = new ValidationException(List.of(
                new FieldError("categoryCode", "is not an active complaint category of this regency: 'X'"),
                new FieldError("location.districtCode", "is not a kecamatan of Kabupaten Langkat: '12.71.01'")));
        assertThat(ErrorMessages.field(wrong.errors().get(0), ID)).isEqualTo("Pilih kategori pengaduan yang aktif di pemda ini.");
        assertThat(ErrorMessages.field(wrong.errors().get(1), ID)).isEqualTo("Pilih kecamatan di wilayah pemda ini.");
        assertThat(ErrorMessages.field(wrong.errors().get(1), Locale.ENGLISH)).isEqualTo("Choose a kecamatan of this regency.");
    }

    @Test
    void aForwardToAnUnknownRegencyOrToItselfSaysWhichItIs() {
        FieldError unknown = new FieldError("tenantSlug", "is not an active regency on this platform: 'atlantis'");
        FieldError itself = new FieldError("tenantSlug", "is this regency itself; name the regency that is responsible");
        assertThat(ErrorMessages.field(unknown, ID)).startsWith("Tidak ada pemda aktif dengan slug itu");
        assertThat(ErrorMessages.field(itself, ID)).startsWith("Itu pemda ini sendiri");
        assertThat(ErrorMessages.field(itself, Locale.ENGLISH)).startsWith("That is this regency itself");
    }

    @Test
    void anUnknownRefusalStillShowsWhatTheCoreSaid() {
        DomainException e = new DomainException("brand-new-rule", "Complaints are closed on Sundays");
        assertThat(ErrorMessages.of(e, ID)).isEqualTo("Permintaan ditolak: Complaints are closed on Sundays");
    }

    @Test
    void everyFieldOfAnEmptyTenantRequestGetsATranslatedMessage() {
        NewTenant empty = new NewTenant("", "", null, null, "fr", "blue", "ftp://x", null, "nope", null, "");
        ValidationException invalid = null;
        try {
            empty.validate();
        } catch (ValidationException e) {
            invalid = e;
        }
        assertThat(invalid).isNotNull();
        Map<String, String> byField = invalid.errors().stream().collect(Collectors.toMap(FieldError::field,
                f -> ErrorMessages.field(f, ID), (a, b) -> a + " " + b));
        assertThat(byField).containsKeys("kode", "slug", "locale", "primaryColor", "logoUrl", "contactEmail", "adminEmail");
        assertThat(byField.get("kode")).startsWith("Wajib diisi.");
        assertThat(byField.get("primaryColor")).isEqualTo("Harus berupa warna seperti #1565c0.");
        assertThat(byField.values()).noneMatch(m -> m.startsWith("must"));
    }

    @Test
    void commonShapesAreTranslatedAndUnknownReasonsPassThrough() {
        assertThat(ErrorMessages.field(new FieldError("displayName", "must be at most 120 characters"), ID))
                .isEqualTo("Paling banyak 120 karakter.");
        assertThat(ErrorMessages.field(new FieldError("kode", "is not a regency or city in the official region list: 12.99"),
                Locale.ENGLISH)).startsWith("Not a regency or city");
        assertThat(ErrorMessages.field(new FieldError("line 7", "duplicate kode 12.05"), ID)).isEqualTo("duplicate kode 12.05");
        assertThat(ErrorMessages.fieldLabel("line 7", ID)).isEqualTo("Baris 7");
        assertThat(ErrorMessages.fieldLabel("adminEmail", Locale.ENGLISH)).isEqualTo("Administrator email");
    }

    @Test
    void aValidationRefusalListsEveryField() {
        ValidationException e = new ValidationException(List.of(new FieldError("kode", "must not be blank"),
                new FieldError("adminEmail", "must be an email address")));
        assertThat(ErrorMessages.of(e, ID)).isEqualTo(
                "Isian tidak valid. Kode wilayah: Wajib diisi.; Email admin: Harus berupa alamat email.");
    }

    @Test
    void aRefusedAttachmentIsNamedByItsPlaceAmongTheFiles() {
        ValidationException e = new ValidationException(List.of(
                new FieldError("attachments[1]", "skrip.jpg is not a JPEG, PNG or PDF file (judged by its content)")));
        assertThat(ErrorMessages.of(e, ID)).startsWith("Isian tidak valid. Lampiran 2: Hanya berkas JPEG, PNG, atau PDF")
                .contains("skrip.jpg");
    }
}
