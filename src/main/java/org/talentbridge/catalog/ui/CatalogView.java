package org.talentbridge.catalog.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.catalog.OccupationView;

/** The annex, searchable by occupation name: which title series an occupation leads to (rule T0). */
@Route("catalog")
@Menu(order = 90, title = "nav.catalog")
@AnonymousAllowed
public class CatalogView extends VerticalLayout implements HasDynamicTitle, AfterNavigationObserver {

    final TextField filter = new TextField();
    final Grid<OccupationView> grid = new Grid<>();
    final Span count = new Span();
    private final transient CatalogService catalog;

    public CatalogView(CatalogService catalog) {
        this.catalog = catalog;
        setSizeFull();
        filter.setPlaceholder(getTranslation("catalog.search"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("24em");
        filter.addValueChangeListener(e -> refresh());

        grid.addColumn(OccupationView::code).setHeader(getTranslation("catalog.code")).setWidth("7em").setFlexGrow(0);
        grid.addColumn(OccupationView::name).setHeader(getTranslation("catalog.occupation")).setFlexGrow(2);
        grid.addColumn(o -> String.join(getTranslation("catalog.or"), o.series()))
                .setHeader(getTranslation("catalog.series")).setFlexGrow(1);
        grid.setSizeFull();
        add(filter, count, grid);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private void refresh() {
        List<OccupationView> rows = catalog.search(filter.getValue());
        grid.setItems(query -> rows.stream().skip(query.getOffset()).limit(query.getLimit()), query -> rows.size());
        count.setText(getTranslation("catalog.count", rows.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.catalog");
    }
}
