package org.talentbridge.applicant.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;
import org.talentbridge.casefile.Documents;
import org.talentbridge.casefile.DocumentView;
import org.talentbridge.casefile.ui.ItemDocumentsDialog;
import org.talentbridge.shared.evidence.EvidenceFile;

/** The profile's documents (Karibu): a documents button per certificate, upload, refusal naming the file, versions. */
class ProfileDocumentsScreenTest extends KaribuTest {

    @Test
    void anApplicantUploadsACertificateScanSeesARefusedFileNamedAndReplacesKeepingTheOldVersion() {
        openAs(eligibleWelder("uidoc"));
        navigate("profile");
        ProfileView profile = _get(ProfileView.class);
        Button documents = (Button) _getCellComponent(profile.certificates.grid, 0, "documents");
        assertThat(documents.getText()).isEqualTo("材料（0）");
        _click(documents);

        ItemDocumentsDialog dialog = _get(ItemDocumentsDialog.class);
        dialog.accept(new EvidenceFile("技师证书.pdf", "application/pdf", Documents.pdf("技师证书")));
        assertThat(dialog.documents()).extracting(d -> d.current().fileName()).containsExactly("技师证书.pdf");
        assertThat(dialog.error.getText()).isEmpty();

        dialog.accept(new EvidenceFile("照片.pdf", "application/pdf", Documents.png()));
        assertThat(dialog.error.getText()).contains("照片.pdf");
        assertThat(dialog.documents()).hasSize(1);

        DocumentView uploaded = dialog.documents().get(0);
        dialog.replacing.setValue(uploaded);
        dialog.accept(new EvidenceFile("技师证书-清晰.pdf", "application/pdf", Documents.pdf("技师证书 清晰")));
        assertThat(dialog.documents()).singleElement().satisfies(d -> {
            assertThat(d.current().fileName()).isEqualTo("技师证书-清晰.pdf");
            assertThat(d.versions()).extracting(v -> v.versionNo()).containsExactly(2, 1);
        });
        Details history = (Details) _getCellComponent(dialog.grid(), 0, "history");
        assertThat(history.getSummaryText()).isEqualTo("2 个版本");
        assertThat(history.getChildren().flatMap(c -> c.getChildren()).count()).isEqualTo(2);

        Anchor open = (Anchor) _getCellComponent(dialog.grid(), 0, "file").getChildren().flatMap(c -> c.getChildren())
                .filter(Anchor.class::isInstance).findFirst().orElseThrow();
        assertThat(open.getText()).isEqualTo("在浏览器中查看");
        assertThat(open.getTarget()).hasValue("_blank");

        _click(_get(dialog, Button.class, spec -> spec.withText("关闭")));
        assertThat(((Button) _getCellComponent(_get(ProfileView.class).certificates.grid, 0, "documents")).getText())
                .isEqualTo("材料（1）");
    }

    @Test
    void anApplicantRecordsPassingOnSkillsWithItsApprenticesAndTrainingHoursTotalledPerYear() {
        openAs(eligibleWelder("uiachv"));
        navigate("profile");
        ProfileView profile = _get(ProfileView.class);
        AchievementsSection section = profile.achievementsSection;
        _setValue(section.kind, org.talentbridge.casefile.AchievementKind.APPRENTICES);
        assertThat(section.apprenticeNames.isVisible()).isTrue();
        _setValue(section.achievedOn, java.time.LocalDate.of(2024, 6, 1));
        _setValue(section.description, "带徒两名");
        _click(section.add);
        assertThat(section.apprenticeNames.getErrorMessage()).isEqualTo("此项为必填项");

        _setValue(section.apprenticeNames, "张三、李四");
        _setValue(section.apprenticeFrom, java.time.LocalDate.of(2022, 3, 1));
        _setValue(section.apprenticeOutcome, "均取得高级工证书");
        _click(section.add);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(section.grid)).isEqualTo(1);

        TrainingSection training = profile.training;
        int year = java.time.Year.now().getValue() - 1;
        _setValue(training.year, year);
        _setValue(training.course, "焊接新工艺");
        _setValue(training.provider, "舟山技师学院");
        _setValue(training.hours, new java.math.BigDecimal("24"));
        _click(training.add);
        _setValue(training.year, year);
        _setValue(training.course, "安全生产");
        _setValue(training.provider, "舟山市安监局");
        _setValue(training.hours, new java.math.BigDecimal("8.5"));
        _click(training.add);
        assertThat(training.totals.getText()).isEqualTo("专业技术人员继续教育学时：" + year
                + " 年 32.5 学时（政策未设最低学时，不作为申报条件）");
    }
}
