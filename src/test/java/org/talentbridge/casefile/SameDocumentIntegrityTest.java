package org.talentbridge.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.casework.IntegrityChecks;
import org.talentbridge.casework.IntegrityFlag;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.evidence.EvidenceFile;
import org.talentbridge.shared.policy.TitleLevel;

/** Rule I.6: the same document content in two different people's cases or profiles is a flag with both case numbers. */
class SameDocumentIntegrityTest extends IntegrationTest {

    @Autowired
    private CaseFileService caseFiles;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private IntegrityChecks checks;

    private String applyWith(String prefix, byte[] document) {
        eligibleWelder(prefix);
        caseFiles.upload(ItemRef.of(ItemKind.CERTIFICATE, profiles.myProfile().certificates().get(0).id()),
                new EvidenceFile("证书.pdf", "application/pdf", document));
        return cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
    }

    private List<IntegrityFlag> i6(String caseNumber) {
        return as(accounts.findByUsername("integrity").orElseGet(() -> newAccount("officer",
                org.talentbridge.account.Role.INTEGRITY_OFFICER)), () -> checks.check(caseNumber)).stream()
                .filter(f -> f.check() == IntegrityFlag.Check.SAME_DOCUMENT_AS_ANOTHER_PERSON).toList();
    }

    @Test
    void theSameFileInTwoPersonsCasesIsFlaggedOnBothWithBothCaseNumbers() {
        byte[] copied = Documents.pdf("同一张证书 " + System.nanoTime());
        String first = applyWith("i6a", copied);
        String second = applyWith("i6b", copied);

        assertThat(i6(first)).singleElement().satisfies(f -> {
            assertThat(f.check().id()).isEqualTo("I.6");
            assertThat(f.messageKey()).isEqualTo("integrityCheck.I.6.cases");
            assertThat(f.arguments()).contains(first, second);
        });
        assertThat(i6(second)).singleElement().satisfies(f -> assertThat(f.arguments()).contains(second, first));
    }

    @Test
    void theSameFileOnAnotherPersonsProfileIsFlaggedAndDifferentFilesOrTheSamePersonAreNot() {
        byte[] copied = Documents.pdf("另一张证书 " + System.nanoTime());
        eligibleWelder("i6profile");
        caseFiles.upload(ItemRef.of(ItemKind.CERTIFICATE, profiles.myProfile().certificates().get(0).id()),
                new EvidenceFile("借来的.pdf", "application/pdf", copied));
        String flagged = applyWith("i6c", copied);
        String clean = applyWith("i6d", Documents.pdf("自己的证书 " + System.nanoTime()));

        assertThat(i6(flagged)).singleElement().satisfies(f -> assertThat(f.messageKey()).isEqualTo("integrityCheck.I.6.profile"));
        assertThat(i6(clean)).isEmpty();
    }
}
