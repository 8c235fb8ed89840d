package org.talentbridge.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.ProfileService;
import org.talentbridge.applicant.ProfileSnapshot;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.ItemKind;
import org.talentbridge.casefile.ItemRef;
import org.talentbridge.shared.evidence.EvidenceFile;
import org.talentbridge.shared.security.RunAs;

/**
 * The demo applicants' case files (issue 15): a generated one-page PDF for each certificate, title and annual
 * assessment on their profiles (a scan's stand-in, marked as a demo document), so the walks show documents at once.
 * Runs after the demo accounts exist, once (an applicant who already has documents is left alone).
 */
@Component
class CaseFileDemoData {

    static final List<String> APPLICANTS = List.of("wanghan", "lihua", "zhaomin");

    private final DemoData demo;
    private final AccountService accounts;
    private final ProfileService profiles;
    private final CaseFileService caseFiles;
    private final TransactionTemplate tx;

    CaseFileDemoData(DemoData demo, AccountService accounts, ProfileService profiles, CaseFileService caseFiles,
                     TransactionTemplate tx) {
        this.demo = demo;
        this.accounts = accounts;
        this.profiles = profiles;
        this.caseFiles = caseFiles;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(15)
    void load() {
        if (!demo.enabled()) {
            return;
        }
        for (String username : APPLICANTS) {
            if (accounts.exists(username)) {
                tx.executeWithoutResult(status -> RunAs.run(username, Role.APPLICANT.authority(), this::documentsOfCaller));
            }
        }
    }

    private void documentsOfCaller() {
        if (!caseFiles.myDocuments().isEmpty()) {
            return;
        }
        ProfileSnapshot p = profiles.myProfile();
        for (ProfileSnapshot.Certificate c : p.certificates()) {
            upload(ItemRef.of(ItemKind.CERTIFICATE, c.id()), "证书-" + c.certificateNumber() + ".pdf",
                    "职业资格证书 / 职业技能等级证书", "证书编号 " + c.certificateNumber(), "职业（工种） " + c.occupationName(),
                    "等级 " + c.level(), "发证日期 " + c.obtainedOn(), "发证机构 " + c.issuingBody());
        }
        for (ProfileSnapshot.Title t : p.titles()) {
            upload(ItemRef.of(ItemKind.TITLE, t.id()), "职称证书-" + t.series() + ".pdf", "专业技术资格证书",
                    "系列 " + t.series(), "级别 " + t.level(), "取得日期 " + t.obtainedOn());
        }
        for (ProfileSnapshot.Assessment a : p.assessments()) {
            upload(ItemRef.of(ItemKind.ASSESSMENT, a.year()), a.year() + "年度考核登记表.pdf", a.year() + " 年度考核登记表",
                    "单位 " + p.employerName(), "考核结果 " + a.result());
        }
    }

    private void upload(ItemRef item, String fileName, String title, String... lines) {
        caseFiles.upload(item, new EvidenceFile(fileName, "application/pdf", pdf(title, lines)));
    }

    /** A one-page A4 PDF in OpenPDF's built-in Chinese font (nothing embedded, a few kilobytes). */
    static byte[] pdf(String title, String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BaseFont song = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Document document = new Document();
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(title, new Font(song, 20, Font.BOLD)));
            document.add(new Paragraph("（演示材料 · demo document）", new Font(song, 10, Font.NORMAL)));
            for (String line : lines) {
                document.add(new Paragraph(line, new Font(song, 13, Font.NORMAL)));
            }
            document.close();
        } catch (java.io.IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("demo PDF", e);
        }
        return out.toByteArray();
    }
}
