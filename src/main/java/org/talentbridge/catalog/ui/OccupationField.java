package org.talentbridge.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.List;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.catalog.OccupationView;

/**
 * An occupation picker over the annex that also takes a name the annex does not list (typed and confirmed
 * with Enter); such an occupation goes to the committee secretary for a series decision (T0).
 */
public class OccupationField {

    private final CatalogService catalog;

    public OccupationField(CatalogService catalog) {
        this.catalog = catalog;
    }

    public ComboBox<String> create(Component owner, String labelKey) {
        ComboBox<String> box = new ComboBox<>(owner.getTranslation(labelKey));
        List<String> names = new ArrayList<>(catalog.search(null).stream().map(OccupationView::name).toList());
        box.setItems(names);
        box.setAllowCustomValue(true);
        box.setHelperText(owner.getTranslation("profile.occupation.help"));
        box.addCustomValueSetListener(e -> {
            String typed = e.getDetail().strip();
            if (!typed.isEmpty() && !names.contains(typed)) {
                names.add(typed);
                box.getListDataView().refreshAll();
            }
            box.setValue(typed.isEmpty() ? null : typed);
        });
        box.setWidthFull();
        return box;
    }
}
