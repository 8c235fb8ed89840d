package org.talentbridge.committee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.talentbridge.committee.BallotRequest;
import org.talentbridge.committee.BallotSheet;
import org.talentbridge.committee.MyBallot;
import org.talentbridge.committee.MyPanelView;
import org.talentbridge.committee.PanelVoteService;
import org.talentbridge.committee.VoteDecision;
import org.talentbridge.committee.VoteState;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * One panel's ballot sheet for a member: every case of the panel with the three scores (0–100) and agree, disagree or
 * abstain. Saving casts the filled rows (a row left empty is not voted yet); the member may save again until the
 * secretary closes the vote. The ballot is secret: the member sees only their own choices, and after closing only
 * that they voted.
 */
@Route("committee/ballot")
@RolesAllowed("COMMITTEE_MEMBER")
public class PanelBallotView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The case files beside the score fields (issue 15); set by Spring, so that the constructor stays as it is. */
    private transient org.talentbridge.casefile.CaseFileService caseFiles;

    @org.springframework.beans.factory.annotation.Autowired
    void caseFiles(org.talentbridge.casefile.CaseFileService caseFiles) {
        this.caseFiles = caseFiles;
    }

    /** The fields of one case. */
    static final class Row {
        final String caseNumber;
        final IntegerField performance;
        final IntegerField skill;
        final IntegerField interview;
        final RadioButtonGroup<VoteDecision> decision = new RadioButtonGroup<>();
        final Paragraph voted = new Paragraph();

        Row(VerticalLayout owner, MyBallot ballot) {
            caseNumber = ballot.caseNumber();
            performance = score(owner, "field.scorePerformance", ballot.performance());
            skill = score(owner, "field.scoreSkill", ballot.skill());
            interview = score(owner, "field.scoreInterview", ballot.interview());
            decision.setLabel(owner.getTranslation("field.vote"));
            decision.setItems(VoteDecision.values());
            decision.setItemLabelGenerator(d -> owner.getTranslation(d.messageKey()));
            decision.setValue(ballot.decision());
            voted.setText(owner.getTranslation(ballot.voted() ? "committee.vote.voted" : "committee.vote.notVoted"));
        }

        private static IntegerField score(VerticalLayout owner, String label, Integer value) {
            IntegerField field = new IntegerField(owner.getTranslation(label));
            field.setMin(0);
            field.setMax(100);
            field.setValue(value);
            return field;
        }

        boolean filled() {
            return decision.getValue() != null || performance.getValue() != null || skill.getValue() != null
                    || interview.getValue() != null;
        }

        void readOnly(boolean readOnly) {
            performance.setReadOnly(readOnly);
            skill.setReadOnly(readOnly);
            interview.setReadOnly(readOnly);
            decision.setReadOnly(readOnly);
        }
    }

    final H3 heading = new H3();
    final Paragraph state = new Paragraph();
    final VerticalLayout cases = new VerticalLayout();
    final Button save = new Button();
    final List<Row> rows = new ArrayList<>();
    private final transient PanelVoteService votes;
    private long drawId;

    public PanelBallotView(PanelVoteService votes) {
        this.votes = votes;
        save.setText(getTranslation("committee.vote.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cases.setPadding(false);
        add(heading, new Paragraph(getTranslation("committee.vote.sheetHelp")), state, cases, save);
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        drawId = parameter;
        show(votes.sheet(drawId));
    }

    void save() {
        List<BallotRequest> ballots = new ArrayList<>();
        FormErrors errors = new FormErrors(this);
        for (Row row : rows) {
            if (row.filled()) {
                String at = "ballots[" + ballots.size() + "].";
                errors.bind(at + "performance", row.performance).bind(at + "skill", row.skill)
                        .bind(at + "interview", row.interview).bind(at + "decision", row.decision);
                ballots.add(new BallotRequest(row.caseNumber, row.decision.getValue(), row.performance.getValue(),
                        row.skill.getValue(), row.interview.getValue()));
            }
        }
        try {
            show(votes.cast(drawId, ballots));
            Notification.show(getTranslation("committee.vote.saved", ballots.size()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException ex) {
            errors.show(ex);
            if (ex.getProblems().stream().anyMatch(p -> p.field().equals("drawId"))) {
                show(votes.sheet(drawId));
            }
        }
    }

    void show(BallotSheet sheet) {
        MyPanelView p = sheet.panel();
        heading.setText(getTranslation("committee.vote.sheetTitle", p.drawId(), p.roundName(), p.series(),
                getTranslation(p.targetLevel().messageKey()), getTranslation(p.groupKind().messageKey())));
        state.setText(getTranslation(p.state().messageKey()) + " — "
                + getTranslation("committee.vote.myProgress", p.casesIVoted(), p.cases()));
        cases.removeAll();
        rows.clear();
        boolean open = p.state() == VoteState.OPEN;
        for (MyBallot ballot : sheet.ballots()) {
            Row row = new Row(this, ballot);
            row.readOnly(!open);
            rows.add(row);
            cases.add(new H4(getTranslation("committee.vote.case", ballot.caseNumber())), row.voted,
                    org.talentbridge.casefile.ui.CaseFilePanel.of(caseFiles, ballot.caseNumber(), this), // casefile
                    new FormLayout(row.performance, row.skill, row.interview, row.decision));
        }
        save.setEnabled(open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.committeeMyPanels");
    }
}
