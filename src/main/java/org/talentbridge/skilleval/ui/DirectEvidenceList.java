package org.talentbridge.skilleval.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.casefile.Achievement;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.ItemKind;
import org.talentbridge.casefile.ItemRef;
import org.talentbridge.casefile.ui.CaseFilePanel;

/**
 * The evidence items of a direct application (S5): an achievement by its kind, date and description as frozen with the
 * case, any other item generically. The applicant's case page and the evaluator's admission review show the same list
 * (the admission review showed only "业绩：#id" before, SkillDirectApplicationEndToEndTest).
 */
final class DirectEvidenceList {

    private DirectEvidenceList() {
    }

    static UnorderedList of(Component screen, CaseFileService caseFiles, String caseNumber, List<ItemRef> items) {
        Map<String, Achievement> achievements = new HashMap<>();
        try {
            caseFiles.caseRecords(caseNumber).achievements().forEach(a -> achievements.put(String.valueOf(a.id()), a));
        } catch (AccessDeniedException e) {
            // no records for this viewer: generic labels only
        }
        Function<ItemRef, String> generic = CaseFilePanel.genericLabels(screen);
        UnorderedList list = new UnorderedList();
        for (ItemRef item : items) {
            Achievement a = item.kind() == ItemKind.ACHIEVEMENT ? achievements.get(item.key()) : null;
            list.add(new ListItem(a == null ? generic.apply(item) : screen.getTranslation(a.kind().messageKey())
                    + screen.getTranslation("label.colon") + a.achievedOn() + " " + a.description()));
        }
        return list;
    }
}
