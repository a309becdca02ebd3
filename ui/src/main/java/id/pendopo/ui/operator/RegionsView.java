package id.pendopo.ui.operator;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import id.pendopo.identity.Role;
import id.pendopo.region.RegionDirectory;
import id.pendopo.region.RegionImportReport;
import id.pendopo.region.RegionImporter;
import id.pendopo.shared.DomainException;
import id.pendopo.shared.ValidationException;
import id.pendopo.ui.components.Notifications;
import id.pendopo.ui.components.UiErrors;
import id.pendopo.ui.i18n.ErrorMessages;
import id.pendopo.ui.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The official region list (Kemendagri: provinces, regencies, districts, villages) as a CSV file
 * {@code kode,nama,level}. An import either applies completely or not at all; the page says what it changed, or
 * lists every bad line.
 */
@Route(value = "operator/regions", layout = MainLayout.class)
@RolesAllowed(Role.Names.PLATFORM_OPERATOR)
public class RegionsView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    private final RegionImporter importer;
    private final RegionDirectory regions;
    private final Span count = new Span();
    private final Div result = new Div();

    @Inject
    public RegionsView(RegionImporter importer, RegionDirectory regions) {
        this.importer = importer;
        this.regions = regions;
        setId("regions-view");

        H2 title = new H2(getTranslation("regions.title"));
        title.setId("regions-title");
        count.setId("region-count");
        updateCount();

        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> importFile(metadata.fileName(), data)));
        upload.setId("region-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("regions.rejected", e.getErrorMessage())));

        result.setId("region-result");
        result.setWidthFull();
        add(title, new Paragraph(getTranslation("regions.text")), count, upload, result);
    }

    private void importFile(String fileName, byte[] data) {
        result.removeAll();
        try {
            RegionImportReport report = importer.importCsv(
                    new InputStreamReader(new ByteArrayInputStream(data), StandardCharsets.UTF_8));
            showReport(fileName, report);
            Notifications.success(getTranslation("regions.done", fileName));
        } catch (RuntimeException failed) {
            DomainException refused = UiErrors.domainCause(failed);
            if (refused instanceof ValidationException invalid) {
                showErrors(fileName, invalid);
            } else if (refused != null) {
                Notifications.error(refused);
            } else {
                throw failed;
            }
        }
        updateCount();
    }

    private void showReport(String fileName, RegionImportReport report) {
        Div box = new Div();
        box.setId("region-report");
        box.add(new Paragraph(getTranslation(report.changedAnything() ? "regions.report.changed" : "regions.report.unchanged",
                fileName, report.rows())));
        UnorderedList lines = new UnorderedList(
                line("region-report-added", "regions.report.added", report.added()),
                line("region-report-updated", "regions.report.updated", report.updated()),
                line("region-report-unchanged", "regions.report.same", report.unchanged()),
                line("region-report-not-in-file", "regions.report.not-in-file", report.notInFile()));
        box.add(lines);
        result.add(box);
    }

    private ListItem line(String id, String key, int n) {
        ListItem li = new ListItem(getTranslation(key, n));
        li.setId(id);
        return li;
    }

    private void showErrors(String fileName, ValidationException invalid) {
        Div box = new Div();
        box.setId("region-errors");
        box.getStyle().set("color", "var(--lumo-error-text-color)");
        box.add(new Paragraph(getTranslation("regions.errors", fileName, invalid.errors().size())));
        UnorderedList list = new UnorderedList();
        for (ValidationException.FieldError e : invalid.errors()) {
            list.add(new ListItem(ErrorMessages.fieldLabel(e.field(), getLocale()) + ": " + e.message()));
        }
        box.add(list);
        result.add(box);
    }

    private void updateCount() {
        count.setText(getTranslation("regions.count", regions.count()));
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("regions.upload.drop"))
                .setMany(getTranslation("regions.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("regions.upload.add"))
                .setMany(getTranslation("regions.upload.add")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("regions.upload.too-many"))
                .setFileIsTooBig(getTranslation("regions.upload.too-big"))
                .setIncorrectFileType(getTranslation("regions.upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("regions.upload.connecting"))
                        .setStalled(getTranslation("regions.upload.stalled"))
                        .setProcessing(getTranslation("regions.upload.processing"))
                        .setHeld(getTranslation("regions.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("regions.upload.remaining"))
                        .setUnknown(getTranslation("regions.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("regions.upload.server-error"))
                        .setUnexpectedServerError(getTranslation("regions.upload.server-error"))
                        .setForbidden(getTranslation("regions.upload.forbidden"))));
        i18n.setFile(new UploadI18N.File().setRemove(getTranslation("regions.upload.remove"))
                .setRetry(getTranslation("regions.upload.retry")).setStart(getTranslation("regions.upload.start")));
        i18n.setUnits(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("regions.title");
    }
}
