package org.talentbridge.skilleval.ui;

import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.catalog.ui.OccupationField;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;
import org.talentbridge.skilleval.OrganisationKind;
import org.talentbridge.skilleval.SkillApplication;
import org.talentbridge.skilleval.SkillCaseService;
import org.talentbridge.skilleval.SkillSubmission;

/**
 * Apply for a skill level (pathway S): level, occupation, the channel preferred (the employer counts only when it is
 * accredited, S4) and a related-major degree (S3). The case freezes the profile as it is now; screening and routing
 * run at once and the case page shows their result.
 */
@Route("skill/apply")
@Menu(order = 24, title = "skilleval.nav.apply")
@RolesAllowed("APPLICANT")
public class SkillApplyView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<String> occupation;
    final Select<SkillLevel> targetLevel = Labels.enumSelect(this, "skilleval.targetLevel", SkillLevel.class,
            SkillLevel::messageKey);
    final RadioButtonGroup<OrganisationKind> channel = new RadioButtonGroup<>(getTranslation("skilleval.apply.channel"));
    final TextField relatedMajor = new TextField(getTranslation("skilleval.apply.relatedMajor"));
    final Button submit = new Button(getTranslation("skilleval.apply.submit"));
    private final FormErrors errors = new FormErrors(this);

    public SkillApplyView(SkillCaseService cases, CatalogService catalog) {
        setMaxWidth("60em");
        occupation = new OccupationField(catalog).create(this, "field.occupation");
        channel.setItems(OrganisationKind.SOCIAL_ORGANISATION, OrganisationKind.EMPLOYER);
        channel.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        channel.setValue(OrganisationKind.SOCIAL_ORGANISATION);
        channel.setHelperText(getTranslation("skilleval.apply.channelHelp"));
        relatedMajor.setHelperText(getTranslation("skilleval.apply.relatedMajorHelp"));
        errors.bind("targetLevel", targetLevel).bind("occupationName", occupation).bind("relatedMajor", relatedMajor);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            try {
                SkillSubmission s = cases.submit(new SkillApplication(targetLevel.getValue(), occupation.getValue(),
                        channel.getValue(), relatedMajor.getValue()));
                Notification.show(getTranslation(s.created() ? "skilleval.apply.done" : "skilleval.apply.alreadyRunning",
                        s.summary().caseNumber()), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(s.created() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
                UI.getCurrent().navigate(SkillCaseView.class, s.summary().caseNumber());
            } catch (InvalidInputException ex) {
                errors.show(ex);
            } finally {
                submit.setEnabled(true);
            }
        });
        add(new Paragraph(getTranslation("skilleval.apply.intro")),
                new FormLayout(targetLevel, occupation, channel, relatedMajor), submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("skilleval.nav.apply");
    }
}
