package org.talentbridge.shared.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbridge.shared.validation.FieldProblem;

/** Evidence limits, by the files' first bytes rather than their names or declared types. */
public class EvidenceTypesTest {

    static final long MB5 = 5L * 1024 * 1024;

    public static byte[] pdf(int size) {
        byte[] b = new byte[size];
        System.arraycopy("%PDF-1.7".getBytes(), 0, b, 0, 8);
        return b;
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    }

    public static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    }

    @Test
    void detectsPdfJpegAndPngByTheirFirstBytes() {
        assertThat(EvidenceTypes.detect(pdf(100))).contains("application/pdf");
        assertThat(EvidenceTypes.detect(jpeg())).contains("image/jpeg");
        assertThat(EvidenceTypes.detect(png())).contains("image/png");
        assertThat(EvidenceTypes.detect("MZ\u0090\u0000".getBytes())).isEmpty();
        assertThat(EvidenceTypes.detect(new byte[] {'%', 'P'})).isEmpty();
    }

    @Test
    void acceptsFiveFilesOfFiveMegabytes() {
        List<EvidenceFile> five = Collections.nCopies(5, new EvidenceFile("a.pdf", "application/pdf", pdf((int) MB5)));
        assertThat(EvidenceTypes.problems(five, 5, MB5)).isEmpty();
    }

    @Test
    void refusesASixthFileAndOneByteTooMany() {
        List<EvidenceFile> six = Collections.nCopies(6, new EvidenceFile("a.png", "image/png", png()));
        assertThat(EvidenceTypes.problems(six, 5, MB5)).extracting(FieldProblem::messageKey)
                .containsExactly("validation.evidenceTooMany");
        assertThat(EvidenceTypes.problems(List.of(new EvidenceFile("big.pdf", "application/pdf", pdf((int) MB5 + 1))), 5, MB5))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("files");
                    assertThat(p.messageKey()).isEqualTo("validation.evidenceTooLarge");
                    assertThat(p.arguments()).containsExactly("big.pdf", 5L);
                });
    }

    @Test
    void refusesAnExecutableNamedAndDeclaredAsPdf() {
        assertThat(EvidenceTypes.problems(List.of(new EvidenceFile("scan.pdf", "application/pdf", "MZ-not-a-pdf".getBytes())), 5, MB5))
                .extracting(FieldProblem::messageKey).containsExactly("validation.evidenceType");
    }

    @Test
    void refusesAPngDeclaredAsPdfAndAnEmptyFile() {
        assertThat(EvidenceTypes.problems(List.of(new EvidenceFile("x.pdf", "application/pdf", png()),
                new EvidenceFile("empty.png", "image/png", new byte[0])), 5, MB5))
                .extracting(FieldProblem::messageKey).containsExactly("validation.evidenceTypeMismatch", "validation.evidenceEmpty");
    }
}
