package org.talentbridge.eligibility.ui;

import java.time.Clock;
import org.talentbridge.shared.ui.IsoDatePicker;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.catalog.ui.OccupationField;
import org.talentbridge.eligibility.ScreeningMessages;
import org.talentbridge.eligibility.SelfCheckService;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/** The applicant's self-check: the title rules on their own profile, as a checklist, without creating a case. */
@Route("self-check")
@Menu(order = 15, title = "nav.selfCheck")
@RolesAllowed("APPLICANT")
public class SelfCheckView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<String> occupation;
    final Select<String> series;
    final Select<TitleLevel> targetLevel = Labels.enumSelect(this, "field.targetLevel", TitleLevel.class, TitleLevel::messageKey);
    final IsoDatePicker referenceDate = new IsoDatePicker(getTranslation("field.referenceDate"));
    final Button check = new Button(getTranslation("selfCheck.run"));
    final Checklist checklist;
    private final FormErrors errors = new FormErrors(this);

    private final Clock clock;

    public SelfCheckView(SelfCheckService selfCheck, CatalogService catalog, ScreeningMessages messages, Clock clock) {
        this.clock = clock;
        setMaxWidth("80em");
        OccupationField occupations = new OccupationField(catalog);
        occupation = occupations.create(this, "field.occupation");
        series = occupations.seriesFor(this, occupation);
        referenceDate.setValue(LocalDate.now(clock));
        referenceDate.setHelperText(getTranslation("selfCheck.referenceDate.help"));
        errors.bind("occupation", occupation).bind("series", series).bind("targetLevel", targetLevel)
                .bind("referenceDate", referenceDate);
        checklist = new Checklist(messages);
        checklist.setVisible(false);
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> {
            errors.clear();
            if (errors.refuseUnreadableDates()) {
                checklist.setVisible(false);
                return;
            }
            try {
                checklist.show(selfCheck.title(occupation.getValue(), series.getValue(), targetLevel.getValue(),
                        referenceDate.getValue()));
                errors.clear();
                checklist.setVisible(true);
            } catch (InvalidInputException ex) {
                errors.show(ex);
                checklist.setVisible(false);
            }
        });
        add(new Paragraph(getTranslation("selfCheck.intro")), new FormLayout(occupation, series, targetLevel, referenceDate),
                check, checklist, new Anchor("profile", getTranslation("selfCheck.toProfile")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.selfCheck");
    }
}
