package org.talentbridge.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.catalog.OccupationView;

/**
 * An occupation picker over the annex that also takes a name the annex does not list (typed and confirmed
 * with Enter); such an occupation goes to the committee secretary for a series decision (T0).
 */
@org.springframework.modulith.NamedInterface("occupation-field") // a screen part other modules' screens use: declared API
public class OccupationField {

    private final CatalogService catalog;

    public OccupationField(CatalogService catalog) {
        this.catalog = catalog;
    }

    /**
     * A series picker that follows {@code occupation}: the annex's one series chosen and fixed, two offered for a
     * choice, none (with a note that the committee secretary decides) for an unlisted occupation.
     */
    public Select<String> seriesFor(Component owner, ComboBox<String> occupation) {
        Select<String> series = new Select<>();
        series.setLabel(owner.getTranslation("field.series"));
        series.setHelperText(owner.getTranslation("apply.series.help"));
        series.setEnabled(false);
        occupation.addValueChangeListener(e -> {
            List<String> offered = catalog.findByName(e.getValue()).map(OccupationView::series).orElse(List.of());
            series.setItems(offered);
            series.setEnabled(offered.size() > 1);
            series.setValue(offered.size() == 1 ? offered.get(0) : null);
            series.setHelperText(owner.getTranslation(e.getValue() != null && offered.isEmpty()
                    ? "apply.series.unlisted" : "apply.series.help"));
        });
        return series;
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
