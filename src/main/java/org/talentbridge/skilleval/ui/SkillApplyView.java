package org.talentbridge.skilleval.ui;

import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
 * run at once and the case page shows their result. "直接申报 (S5)" attaches evidence of outstanding skill from the
 * profile (at most {@code app.skill-evaluation.max-evidence-items}); the organisation admits or refuses it first.
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
    /** S5 直接申报: the evidence of outstanding skill, chosen from the applicant's own profile. */
    final Checkbox direct = new Checkbox(getTranslation("skilleval.apply.direct"));
    final MultiSelectComboBox<SkillCaseService.EvidenceItem> evidence =
            new MultiSelectComboBox<>(getTranslation("skilleval.apply.evidence"));
    private final FormErrors errors = new FormErrors(this);

    public SkillApplyView(SkillCaseService cases, CatalogService catalog) {
        setMaxWidth("60em");
        occupation = new OccupationField(catalog).create(this, "field.occupation");
        channel.setItems(OrganisationKind.SOCIAL_ORGANISATION, OrganisationKind.EMPLOYER);
        channel.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        channel.setValue(OrganisationKind.SOCIAL_ORGANISATION);
        channel.setHelperText(getTranslation("skilleval.apply.channelHelp"));
        relatedMajor.setHelperText(getTranslation("skilleval.apply.relatedMajorHelp"));
        errors.bind("targetLevel", targetLevel).bind("occupationName", occupation).bind("relatedMajor", relatedMajor)
                .bind("evidence", evidence);
        direct.setTooltipText(getTranslation("skilleval.apply.directHelp"));
        evidence.setItems(cases.myEvidence());
        evidence.setItemLabelGenerator(i -> getTranslation(i.kindKey()) + getTranslation("label.colon") + i.text());
        evidence.setHelperText(getTranslation("skilleval.apply.evidenceHelp", cases.maxEvidenceItems()));
        evidence.setWidthFull();
        evidence.setVisible(false);
        direct.addValueChangeListener(e -> evidence.setVisible(e.getValue()));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            try {
                errors.clear();
                SkillSubmission s = cases.submit(new SkillApplication(targetLevel.getValue(), occupation.getValue(),
                        channel.getValue(), relatedMajor.getValue(), direct.getValue(),
                        direct.getValue() ? evidence.getSelectedItems().stream().map(SkillCaseService.EvidenceItem::item).toList()
                                : java.util.List.of()));
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
                new FormLayout(targetLevel, occupation, channel, relatedMajor),
                new Paragraph(getTranslation("skilleval.apply.directIntro")), direct, evidence, submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("skilleval.nav.apply");
    }
}
