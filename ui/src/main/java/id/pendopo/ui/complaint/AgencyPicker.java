package id.pendopo.ui.complaint;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import id.pendopo.agency.Agency;
import java.util.List;

/** The agency multi-select of disposition dialogs ({@code dispose-agencies}): active agencies only. */
final class AgencyPicker {

    private AgencyPicker() {
    }

    static MultiSelectComboBox<Agency> of(List<Agency> agencies) {
        MultiSelectComboBox<Agency> picker = new MultiSelectComboBox<>();
        picker.setLabel(picker.getTranslation("action.agencies"));
        picker.setId("dispose-agencies");
        picker.setItems(agencies.stream().filter(Agency::active).toList());
        picker.setItemLabelGenerator(a -> a.code() + " — " + a.name());
        picker.setWidthFull();
        picker.setRequiredIndicatorVisible(true);
        return picker;
    }
}
