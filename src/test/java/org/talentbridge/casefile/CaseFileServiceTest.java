package org.talentbridge.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.CaseSummary;
import org.talentbridge.casework.ReviewDecision;
import org.talentbridge.casework.ReviewInboxService;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.evidence.EvidenceFile;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;

class CaseFileServiceTest extends IntegrationTest {

    @Autowired
    private CaseFileService caseFiles;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private ReviewInboxService inbox;
    @Autowired
    private TaskService tasks;
    @Autowired
    private AuditLog audit;

    private ItemRef firstCertificate() {
        return ItemRef.of(ItemKind.CERTIFICATE, profiles.myProfile().certificates().get(0).id());
    }

    private CaseSummary submit() {
        return cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true));
    }

    @Test
    void aDocumentOfExactlyTheLimitIsStoredAndOneByteMoreIsRefusedNamingTheFile() {
        eligibleWelder("limit");
        long limit = caseFiles.limits().maxFileSize().toBytes();

        DocumentView stored = caseFiles.upload(firstCertificate(), new EvidenceFile("证书.pdf", "application/pdf",
                Documents.pdfOfSize(limit)));
        List<FieldProblem> problems = problemsOf(() -> caseFiles.upload(firstCertificate(),
                new EvidenceFile("大证书.pdf", "application/pdf", Documents.pdfOfSize(limit + 1))));

        assertThat(stored.current().size()).isEqualTo(limit);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("file");
            assertThat(p.messageKey()).isEqualTo("validation.evidenceTooLarge");
            assertThat(p.arguments()).contains("大证书.pdf");
        });
    }

    @Test
    void aPngRenamedPdfIsRefusedWhateverTheBrowserDeclares() {
        eligibleWelder("png");

        List<FieldProblem> declaredPdf = problemsOf(() -> caseFiles.upload(firstCertificate(),
                new EvidenceFile("scan.pdf", "application/pdf", Documents.png())));
        List<FieldProblem> declaredNothing = problemsOf(() -> caseFiles.upload(firstCertificate(),
                new EvidenceFile("scan.pdf", "application/octet-stream", Documents.png())));
        List<FieldProblem> notADocument = problemsOf(() -> caseFiles.upload(firstCertificate(),
                new EvidenceFile("run.exe", null, "MZ\u0090\u0000".getBytes())));

        assertThat(declaredPdf).extracting(FieldProblem::messageKey).containsExactly("validation.evidenceTypeMismatch");
        assertThat(declaredNothing).extracting(FieldProblem::messageKey).containsExactly("validation.evidenceTypeMismatch");
        assertThat(notADocument).extracting(FieldProblem::messageKey).containsExactly("validation.evidenceType");
        assertThat(caseFiles.upload(firstCertificate(), new EvidenceFile("scan.png", "image/png", Documents.png()))
                .current().contentType()).isEqualTo("image/png");
    }

    @Test
    void anItemTakesTheLimitOfDocumentsAndTheNextIsRefusedNamingIt() {
        eligibleWelder("count");
        int max = caseFiles.limits().maxFilesPerItem();
        for (int i = 0; i < max; i++) {
            caseFiles.upload(firstCertificate(), Documents.pdfFile("页" + i + ".pdf", "page " + i));
        }

        assertThat(problemsOf(() -> caseFiles.upload(firstCertificate(), Documents.pdfFile("多余.pdf", "one more"))))
                .singleElement().satisfies(p -> {
                    assertThat(p.messageKey()).isEqualTo("casefile.tooMany");
                    assertThat(p.arguments()).containsExactly("多余.pdf", max);
                });
    }

    @Test
    void namesAreSanitisedAndGetTheExtensionOfTheirType() {
        eligibleWelder("name");

        VersionView v = caseFiles.upload(firstCertificate(), new EvidenceFile("..\\..\\etc/<script>\"a\".pdf", null,
                Documents.pdf("x"))).current();
        VersionView bare = caseFiles.upload(firstCertificate(), new EvidenceFile("扫描件", null, Documents.pdf("y"))).current();

        assertThat(v.fileName()).isEqualTo("_script__a_.pdf");
        assertThat(bare.fileName()).isEqualTo("扫描件.pdf");
    }

    @Test
    void documentsGoOnlyOnTheApplicantsOwnItems() {
        AccountView owner = eligibleWelder("own");
        ItemRef theirs = firstCertificate();
        eligibleWelder("other");

        assertThatThrownBy(() -> caseFiles.upload(theirs, Documents.pdfFile("a.pdf", "a")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> caseFiles.upload(ItemRef.of(ItemKind.ASSESSMENT, 1999), Documents.pdfFile("a.pdf", "a")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(owner, () -> caseFiles.myDocuments())).isEmpty();
    }

    @Test
    void replacingKeepsTheOldVersionsNewestFirst() {
        eligibleWelder("versions");
        DocumentView first = caseFiles.upload(firstCertificate(), Documents.pdfFile("v1.pdf", "one"));

        caseFiles.replace(first.id(), Documents.pdfFile("v2.pdf", "two"));
        DocumentView third = caseFiles.replace(first.id(), Documents.pdfFile("v3.pdf", "three"));

        assertThat(third.versions()).extracting(VersionView::versionNo, VersionView::fileName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "v3.pdf"), org.assertj.core.groups.Tuple.tuple(2, "v2.pdf"),
                        org.assertj.core.groups.Tuple.tuple(1, "v1.pdf"));
        assertThat(new String(caseFiles.openMine(third.versions().get(2).id()).content())).startsWith("%PDF-");
        assertThat(caseFiles.myDocuments()).singleElement().satisfies(d -> assertThat(d.versions()).hasSize(3));
    }

    @Test
    void submittingFreezesTheDocumentsAndALaterProfileChangeLeavesTheCaseAsItWas() {
        AccountView applicant = eligibleWelder("freeze");
        byte[] original = Documents.pdf("技师证书 原件");
        DocumentView doc = caseFiles.upload(firstCertificate(), new EvidenceFile("技师证书.pdf", "application/pdf", original));
        String caseNumber = submit().caseNumber();

        caseFiles.replace(doc.id(), Documents.pdfFile("另一个.pdf", "changed"));
        caseFiles.upload(firstCertificate(), Documents.pdfFile("新的.pdf", "new"));
        caseFiles.remove(doc.id());

        List<CaseDocument> file = caseFiles.caseFile(caseNumber);
        assertThat(file).singleElement().satisfies(d -> {
            assertThat(d.version().fileName()).isEqualTo("技师证书.pdf");
            assertThat(d.version().sha256()).isEqualTo(CaseFileService.sha256(original));
            assertThat(d.version().size()).isEqualTo(original.length);
            assertThat(d.version().contentType()).isEqualTo("application/pdf");
            assertThat(d.version().uploadedBy()).isEqualTo(applicant.username());
            assertThat(d.version().uploadedAt()).isNotNull();
            assertThat(d.item()).isEqualTo(firstCertificate());
            assertThat(d.change()).isEqualTo("NEW");
        });
        assertThat(caseFiles.read(caseNumber, file.get(0).id()).content()).isEqualTo(original);
    }

    @Test
    void aCorrectionNamesTheItemsToReplaceAndTheResubmissionRecordsWhichDocumentsChanged() {
        AccountView applicant = eligibleWelder("resubmit");
        DocumentView certificate = caseFiles.upload(firstCertificate(), Documents.pdfFile("证书.pdf", "certificate"));
        ItemRef assessment = ItemRef.of(ItemKind.ASSESSMENT, java.time.Year.now().getValue() - 1);
        caseFiles.upload(assessment, Documents.pdfFile("考核表.pdf", "assessment"));
        String caseNumber = submit().caseNumber();
        ItemRef certificateItem = firstCertificate();
        confirmedByEmployer(caseNumber);
        as(accounts.findByUsername("reviewer").orElseThrow(), () -> {
            String task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
            inbox.claim(task);
            caseFiles.requestReplacement(caseNumber, List.of(certificateItem));
            inbox.decide(task, ReviewDecision.RETURN, "证书扫描件不清晰");
            return null;
        });

        assertThat(caseFiles.replacementRequests(caseNumber)).containsExactly(firstCertificate());
        caseFiles.replace(certificate.id(), Documents.pdfFile("证书-清晰.pdf", "clear certificate"));
        cases.resubmit(caseNumber);

        assertThat(caseFiles.caseFile(caseNumber)).extracting(d -> d.item().kind(), CaseDocument::change)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ItemKind.CERTIFICATE, "REPLACED"),
                        org.assertj.core.groups.Tuple.tuple(ItemKind.ASSESSMENT, "UNCHANGED"));
        assertThat(audit.history("case:" + caseNumber)).extracting(AuditEvent::getAction).contains("casefile.refrozen");
        assertThat(applicant).isNotNull();
    }

    @Test
    void aResubmissionRecordsADocumentTakenOffTheProfileAsRemovedAndItLeavesTheCaseFile() {
        eligibleWelder("removed");
        caseFiles.upload(firstCertificate(), Documents.pdfFile("证书.pdf", "certificate"));
        ItemRef assessment = ItemRef.of(ItemKind.ASSESSMENT, java.time.Year.now().getValue() - 1);
        DocumentView form = caseFiles.upload(assessment, Documents.pdfFile("考核表.pdf", "assessment"));
        String caseNumber = submit().caseNumber();
        long formInCase = caseFiles.caseFile(caseNumber).stream().filter(d -> d.item().equals(assessment)).findFirst()
                .orElseThrow().id();
        confirmedByEmployer(caseNumber);
        as(accounts.findByUsername("reviewer").orElseThrow(), () -> {
            String task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
            inbox.claim(task);
            inbox.decide(task, ReviewDecision.RETURN, "考核表与年度不符");
            return null;
        });

        caseFiles.remove(form.id());
        cases.resubmit(caseNumber);

        assertThat(caseFiles.caseFile(caseNumber)).extracting(d -> d.item().kind(), CaseDocument::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ItemKind.CERTIFICATE, "UNCHANGED"));
        assertThat(caseFiles.removedFromCase(caseNumber)).singleElement().satisfies(d -> {
            assertThat(d.item()).isEqualTo(assessment);
            assertThat(d.change()).isEqualTo("REMOVED");
            assertThat(d.version().fileName()).isEqualTo("考核表.pdf");
        });
        assertThatThrownBy(() -> caseFiles.read(caseNumber, formInCase)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.history("case:" + caseNumber)).filteredOn(e -> e.getAction().equals("casefile.refrozen"))
                .singleElement().satisfies(e -> assertThat(e.getDetails()).contains(assessment + " REMOVED"));
    }

    @Test
    void theCaseFileIsReadByTheApplicantTheirEmployerAndTheOfficeAndEveryReadIsAudited() {
        AccountView applicant = eligibleWelder("access");
        caseFiles.upload(firstCertificate(), Documents.pdfFile("证书.pdf", "certificate"));
        String caseNumber = submit().caseNumber();
        long id = caseFiles.caseFile(caseNumber).get(0).id();
        AccountView another = newAccount("nosy", Role.APPLICANT);
        AccountView otherEmployer = employerReviewer("别家公司");
        AccountView ownEmployer = employerReviewer(SHIPYARD);
        AccountView reviewer = accounts.findByUsername("reviewer").orElseThrow();

        for (AccountView refused : List.of(another, otherEmployer)) {
            assertThatThrownBy(() -> as(refused, () -> caseFiles.read(caseNumber, id))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(refused, () -> caseFiles.caseFile(caseNumber))).isInstanceOf(AccessDeniedException.class);
        }
        for (AccountView reader : List.of(applicant, ownEmployer, reviewer)) {
            assertThat(as(reader, () -> caseFiles.read(caseNumber, id)).fileName()).isEqualTo("证书.pdf");
        }
        assertThatThrownBy(() -> as(reviewer, () -> caseFiles.read(caseNumber, id + 1000)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(audit.history("case:" + caseNumber)).filteredOn(e -> e.getAction().equals("casefile.read"))
                .extracting(AuditEvent::getActor)
                .containsExactly(applicant.username(), ownEmployer.username(), reviewer.username());
        assertThat(audit.history("case:" + caseNumber)).filteredOn(e -> e.getAction().equals("casefile.read"))
                .allSatisfy(e -> assertThat(e.getDetails()).contains("version=" + id, "sha256="));
    }
}
