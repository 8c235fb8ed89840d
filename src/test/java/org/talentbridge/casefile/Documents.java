package org.talentbridge.casefile;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.talentbridge.shared.evidence.EvidenceFile;

/** Test documents: real small PDFs, PNG headers, exact sizes. */
public final class Documents {

    private Documents() {
    }

    public static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    /** A PDF header padded to exactly {@code size} bytes. */
    public static byte[] pdfOfSize(long size) {
        byte[] content = new byte[Math.toIntExact(size)];
        Arrays.fill(content, (byte) ' ');
        System.arraycopy("%PDF-1.4\n".getBytes(), 0, content, 0, 9);
        return content;
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    public static EvidenceFile pdfFile(String name, String text) {
        return new EvidenceFile(name, "application/pdf", pdf(text));
    }
}
