package id.pendopo.ui.complaint;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import id.pendopo.complaint.AttachmentPolicy;
import id.pendopo.complaint.Channel;
import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintCategory;
import id.pendopo.complaint.ComplaintIntake;
import id.pendopo.complaint.ComplaintType;
import id.pendopo.complaint.Location;
import id.pendopo.complaint.NewComplaint;
import id.pendopo.complaint.PrivacyMode;
import id.pendopo.complaint.Reporter;
import id.pendopo.identity.Role;
import id.pendopo.region.Region;
import id.pendopo.shared.DomainException;
import id.pendopo.shared.ValidationException;
import id.pendopo.ui.components.Notifications;
import id.pendopo.ui.i18n.ErrorMessages;
import id.pendopo.ui.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report taken by phone, SMS or at the counter (pengaduan langsung), typed in by a complaint officer. The
 * core checks everything (category, kecamatan and desa of this regency, files); on success the tracking id and
 * the tracking secret are shown once, to be read to the citizen, who needs both to follow the report.
 */
@Route(value = "pengaduan/baru", layout = MainLayout.class)
@RolesAllowed({Role.Names.COMPLAINT_OFFICER, Role.Names.TENANT_ADMIN})
public class NewComplaintView extends VerticalLayout implements HasDynamicTitle {

    static final List<Channel> STAFF_CHANNELS = List.of(Channel.PHONE, Channel.WALK_IN, Channel.SMS);

    private final ComplaintIntake intake;
    private final StaffUser user;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    /**
     * The files received so far, in the order they arrived. A list, not a map by name: two phone photos are often
     * both called {@code image.jpg}, and a map (like Vaadin's {@code MultiFileMemoryBuffer}) kept only the second.
     * Filled on the upload's request thread, read on the UI's: synchronized.
     */
    private final List<id.pendopo.complaint.Upload> files = Collections.synchronizedList(new ArrayList<>());
    private final Div result = new Div();

    @Inject
    public NewComplaintView(ComplaintIntake intake, ComplaintConsole console, OpenIdContext openId) {
        this.intake = intake;
        this.user = StaffUser.ofRequest(openId);
        setId("new-complaint-view");
        setMaxWidth("60rem");
        H2 title = new H2(getTranslation("new-complaint.title"));
        RouterLink back = new RouterLink(getTranslation("detail.back"), ComplaintInboxView.class);

        Select<ComplaintType> type = new Select<>();
        type.setLabel(getTranslation("complaint.type"));
        type.setId("new-type");
        type.setItems(ComplaintType.values());
        type.setItemLabelGenerator(t -> getTranslation("complaint.type." + t.name()));
        type.setValue(ComplaintType.PENGADUAN);

        ComboBox<ComplaintCategory> category = new ComboBox<>(getTranslation("complaint.category"));
        category.setId("new-category");
        category.setItems(console.categories().stream().filter(ComplaintCategory::active).toList());
        category.setItemLabelGenerator(ComplaintCategory::name);
        category.setRequiredIndicatorVisible(true);

        TextField titleField = new TextField(getTranslation("complaint.title"));
        titleField.setId("new-title");
        titleField.setMaxLength(Complaint.MAX_TITLE);
        titleField.setRequiredIndicatorVisible(true);

        TextArea description = new TextArea(getTranslation("complaint.description"));
        description.setId("new-description");
        description.setRequiredIndicatorVisible(true);
        description.setMinHeight("8rem");
        ActionDialog.counter(description, Complaint.MAX_DESCRIPTION);

        ComboBox<Region> district = new ComboBox<>(getTranslation("complaint.district"));
        district.setId("new-district");
        district.setItems(console.districts());
        district.setItemLabelGenerator(Region::nama);
        district.setRequiredIndicatorVisible(true);
        ComboBox<Region> village = new ComboBox<>(getTranslation("complaint.village"));
        village.setId("new-village");
        village.setItemLabelGenerator(Region::nama);
        village.setEnabled(false);
        district.addValueChangeListener(e -> {
            village.clear();
            village.setItems(e.getValue() == null ? List.of() : console.villages(e.getValue().kode()));
            village.setEnabled(e.getValue() != null);
        });
        TextField address = new TextField(getTranslation("complaint.address"));
        address.setId("new-address");
        address.setMaxLength(500);
        // Text, read here: a number field hands an unreadable "3.5.1" over as no value at all, and the map point
        // would be lost without a word; and people here write decimals with a comma ("3,59").
        TextField latitude = new TextField(getTranslation("complaint.latitude"));
        latitude.setId("new-latitude");
        latitude.setMaxLength(30);
        TextField longitude = new TextField(getTranslation("complaint.longitude"));
        longitude.setId("new-longitude");
        longitude.setMaxLength(30);

        Select<Channel> channel = new Select<>();
        channel.setLabel(getTranslation("complaint.channel"));
        channel.setId("new-channel");
        channel.setItems(STAFF_CHANNELS);
        channel.setItemLabelGenerator(c -> getTranslation("complaint.channel." + c.name()));
        channel.setValue(Channel.PHONE);

        TextField reporterName = new TextField(getTranslation("complaint.reporter-name"));
        reporterName.setId("new-reporter-name");
        reporterName.setMaxLength(120);
        TextField reporterPhone = new TextField(getTranslation("complaint.reporter-phone"));
        reporterPhone.setId("new-reporter-phone");
        reporterPhone.setMaxLength(40);
        EmailField reporterEmail = new EmailField(getTranslation("complaint.reporter-email"));
        reporterEmail.setId("new-reporter-email");
        reporterEmail.setMaxLength(254);
        reporterEmail.setErrorMessage(getTranslation("validation.email"));

        Select<PrivacyMode> privacy = new Select<>();
        privacy.setLabel(getTranslation("complaint.privacy"));
        privacy.setId("new-privacy");
        privacy.setItems(PrivacyMode.values());
        privacy.setItemLabelGenerator(m -> getTranslation("complaint.privacy." + m.name()));
        privacy.setValue(PrivacyMode.DEFAULT);
        privacy.setHelperText(getTranslation("new-complaint.privacy-helper"));

        Upload upload = new Upload(UploadHandler.inMemory(
                (file, content) -> files.add(new id.pendopo.complaint.Upload(file.fileName(), content))));
        upload.setId("new-attachments");
        upload.setMaxFiles(AttachmentPolicy.MAX_FILES);
        upload.setMaxFileSize(AttachmentPolicy.MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf", ".jpg", ".jpeg", ".png", ".pdf");
        upload.addFileRemovedListener(e -> removeOne(e.getFileName()));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("new-complaint.file-rejected",
                e.getFileName(), AttachmentPolicy.MAX_BYTES / (1024 * 1024))));

        fields.put("type", type);
        fields.put("categoryCode", category);
        fields.put("title", titleField);
        fields.put("description", description);
        fields.put("location.districtCode", district);
        fields.put("location.villageCode", village);
        fields.put("location.address", address);
        fields.put("location.latitude", latitude);
        fields.put("location.longitude", longitude);
        fields.put("location", latitude);
        fields.put("channel", channel);
        fields.put("reporter.name", reporterName);
        fields.put("reporter.phone", reporterPhone);
        fields.put("reporter.email", reporterEmail);

        FormLayout form = new FormLayout(type, category, titleField, description, district, village, address, latitude,
                longitude, channel, privacy, reporterName, reporterPhone, reporterEmail);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(titleField, 2);
        form.setColspan(description, 2);
        form.setColspan(address, 2);

        Button submit = new Button(getTranslation("new-complaint.submit"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            List<TextField> unreadable = new ArrayList<>();
            Double lat = coordinate(latitude, unreadable);
            Double lon = coordinate(longitude, unreadable);
            if (!unreadable.isEmpty()) {
                unreadable.forEach(f -> {
                    f.setErrorMessage(getTranslation("new-complaint.bad-number"));
                    f.setInvalid(true);
                });
                Notifications.error(getTranslation("new-complaint.bad-number"));
                return;
            }
            NewComplaint report = new NewComplaint(type.getValue(),
                    category.getValue() == null ? null : category.getValue().code(), titleField.getValue(),
                    description.getValue(),
                    new Location(district.getValue() == null ? null : district.getValue().kode(),
                            village.getValue() == null ? null : village.getValue().kode(), blank(address.getValue()),
                            lat, lon),
                    channel.getValue(), new Reporter(blank(reporterName.getValue()), blank(reporterPhone.getValue()),
                            blank(reporterEmail.getValue())), privacy.getValue());
            List<id.pendopo.complaint.Upload> uploads = new ArrayList<>();
            synchronized (files) {
                uploads.addAll(files);
            }
            try {
                ComplaintIntake.Receipt receipt = intake.submit(report, uploads, user.actor());
                showReceipt(receipt);
                form.setVisible(false);
                upload.setVisible(false);
                e.getSource().setVisible(false);
            } catch (ValidationException invalid) {
                for (ValidationException.FieldError error : invalid.errors()) {
                    HasValidation field = fields.get(error.field());
                    if (field != null) {
                        field.setErrorMessage(ErrorMessages.field(error, getLocale()));
                        field.setInvalid(true);
                    }
                }
                Notifications.error(invalid);
            } catch (DomainException refused) {
                Notifications.error(refused);
            }
        });
        submit.setId("new-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("new-result");
        Span filesLabel = new Span(getTranslation("new-complaint.files", AttachmentPolicy.MAX_FILES,
                AttachmentPolicy.MAX_BYTES / (1024 * 1024)));
        add(back, title, form, filesLabel, upload, submit, result);
    }

    private void showReceipt(ComplaintIntake.Receipt receipt) {
        result.removeAll();
        String id = receipt.trackingId().value();
        Span trackingId = new Span(id);
        trackingId.setId("new-tracking-id");
        Span secret = new Span(receipt.trackingSecret());
        secret.setId("new-tracking-secret");
        for (Span s : List.of(trackingId, secret)) {
            s.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)").set("font-size", "var(--lumo-font-size-xl)")
                    .set("font-weight", "600");
        }
        RouterLink open = new RouterLink(getTranslation("new-complaint.open"), ComplaintDetailView.class,
                new RouteParameters("trackingId", id));
        open.setId("new-open");
        // A full load: navigating to the same route would keep this filled-in form.
        Anchor another = new Anchor("pengaduan/baru", getTranslation("new-complaint.another"));
        another.setId("new-another");
        result.add(new Paragraph(getTranslation("new-complaint.saved")),
                new Paragraph(new Span(getTranslation("complaint.tracking-id") + ": "), trackingId),
                new Paragraph(new Span(getTranslation("new-complaint.secret") + ": "), secret),
                new Paragraph(getTranslation("new-complaint.secret-once")), open, new Span(" · "), another);
        Notifications.success(getTranslation("new-complaint.saved"));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The number in a coordinate field, with a decimal point or comma; null when the field is empty, and when it
     * holds something else, which is then added to {@code unreadable}. The range is the core's to check, as for the
     * API.
     */
    private static Double coordinate(TextField field, List<TextField> unreadable) {
        String text = field.getValue() == null ? "" : field.getValue().strip().replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[+-]?\\d{1,3}(\\.\\d{1,15})?")) {
            unreadable.add(field);
            return null;
        }
        return Double.valueOf(text);
    }

    /** The user removed a file from the list: one file of that name goes (of two same-named ones, either may). */
    private void removeOne(String fileName) {
        synchronized (files) {
            for (int i = files.size() - 1; i >= 0; i--) {
                if (files.get(i).fileName().equals(fileName)) {
                    files.remove(i);
                    return;
                }
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("new-complaint.title");
    }
}
