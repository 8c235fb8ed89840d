package org.talentbridge.casefile.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import org.talentbridge.casefile.Achievement;
import org.talentbridge.casefile.CaseRecords;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.casefile.CaseDocument;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.ItemRef;

/**
 * The case file as every decision screen shows it (employer review, qualification review, ballot, integrity review,
 * investigation, the case page): the documents frozen with the case's latest submission, each with its item, type,
 * size, content hash and what the resubmission changed, opened or downloaded with one click (each read audited).
 * The one component for all of them; {@code itemLabel} names an item from the screen's own view of the evidence.
 */
@org.springframework.modulith.NamedInterface("case-file-panel") // a screen part other modules' screens use: declared API
public class CaseFilePanel extends VerticalLayout {

    final Grid<CaseDocument> grid = new Grid<>();
    final H3 title = new H3();
    /** The training hours per year as 专业技术人员继续教育学时 (empty without training records). */
    final Span training = new Span();
    private final transient CaseFileService caseFiles;
    private final transient Function<ItemRef, String> itemLabel;

    public CaseFilePanel(CaseFileService caseFiles, Function<ItemRef, String> itemLabel) {
        this.caseFiles = caseFiles;
        this.itemLabel = itemLabel;
        setPadding(false);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("casefile.none"));
        grid.addColumn(d -> itemLabel.apply(d.item())).setHeader(getTranslation("casefile.item")).setFlexGrow(2);
        // the document column: its name and the two links, one click each
        grid.addComponentColumn(d -> DocumentLinks.of(this, d.version().fileName(),
                () -> caseFiles.read(d.caseNumber(), d.id()))).setHeader(getTranslation("casefile.document")).setFlexGrow(4);
        grid.addColumn(d -> DocumentLinks.size(d.version().size())).setHeader(getTranslation("casefile.size")).setFlexGrow(1);
        grid.addColumn(d -> d.version().sha256().substring(0, 8)).setHeader("SHA-256").setFlexGrow(1)
                .setTooltipGenerator(d -> d.version().sha256());
        grid.addColumn(d -> getTranslation("casefile.change." + d.change())).setHeader(getTranslation("casefile.changeHeader")).setFlexGrow(1);
        title.setText(getTranslation("casefile.caseTitle"));
        add(title, grid);
    }

    /** Shows the case's file; nothing (and says so) for a case the viewer may not read. */
    public void show(String caseNumber) {
        title.setText(getTranslation("casefile.caseTitleOf", caseNumber));
        try {
            List<CaseDocument> documents = caseFiles.caseFile(caseNumber);
            grid.setItems(documents);
            showRecords(caseFiles.caseRecords(caseNumber));
            List<CaseDocument> removed = caseFiles.removedFromCase(caseNumber);
            if (!removed.isEmpty()) {
                add(new Span(getTranslation("casefile.removedSincePrevious", String.join("、", removed.stream()
                        .map(d -> itemLabel.apply(d.item()) + " " + d.version().fileName()).toList()))));
            }
            List<ItemRef> requested = caseFiles.replacementRequests(caseNumber);
            if (!requested.isEmpty()) {
                add(new Span(getTranslation("casefile.replacementRequested",
                        String.join("、", requested.stream().map(itemLabel).toList()))));
            }
        } catch (AccessDeniedException e) {
            grid.setItems(List.of());
        }
    }

    /** The achievements and the training hours per year frozen with the case (issue 15 items 2 and 3). */
    private void showRecords(CaseRecords records) {
        if (!records.achievements().isEmpty()) {
            Grid<Achievement> list = new Grid<>();
            list.setAllRowsVisible(true);
            list.addThemeVariants(GridVariant.LUMO_COMPACT);
            list.addColumn(a -> getTranslation(a.kind().messageKey())).setHeader(getTranslation("field.achievementKind"));
            list.addColumn(a -> a.achievedOn().toString()).setHeader(getTranslation("field.achievedOn"));
            list.addColumn(a -> a.apprenticeNames() == null ? a.description() : getTranslation("profile.apprentices",
                    a.description(), a.apprenticeNames(), a.apprenticeFrom(), a.apprenticeTo() == null ? "" : a.apprenticeTo(),
                    a.apprenticeOutcome())).setHeader(getTranslation("field.achievementDescription")).setFlexGrow(3);
            list.setItems(records.achievements());
            add(new H4(getTranslation("casefile.achievementsTitle")), list);
        }
        if (!records.training().isEmpty()) {
            training.setText(getTranslation("casefile.trainingTotals", records.hoursPerYear().entrySet().stream()
                    .map(e -> getTranslation("casefile.hoursOfYear", e.getKey(), e.getValue().stripTrailingZeros().toPlainString()))
                    .collect(java.util.stream.Collectors.joining(getTranslation("list.separator")))));
            add(new H4(getTranslation("casefile.trainingTitle")), training);
        }
    }

    /** Names an item without the case's evidence at hand: its kind and key (a year, an award's name). */
    public static Function<ItemRef, String> genericLabels(com.vaadin.flow.component.Component owner) {
        return item -> owner.getTranslation("casefile.item." + item.kind()) + owner.getTranslation("label.colon")
                + switch (item.kind()) {
                    case AWARD -> owner.getTranslation(org.talentbridge.shared.policy.Award.valueOf(item.key()).messageKey());
                    case ASSESSMENT -> item.key();
                    default -> "#" + item.key();
                };
    }

    /** Shows the case's file right away. */
    public static CaseFilePanel of(CaseFileService caseFiles, String caseNumber, com.vaadin.flow.component.Component owner) {
        CaseFilePanel panel = new CaseFilePanel(caseFiles, genericLabels(owner));
        panel.show(caseNumber);
        return panel;
    }

    public List<CaseDocument> documents() {
        return grid.getListDataView().getItems().toList();
    }
}
