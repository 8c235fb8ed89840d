package org.talentbridge.certificate;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Prints a certificate as a one-page PDF in Chinese (the official language of the document, whatever the reader's
 * UI language). The font is OpenPDF's built-in Adobe CJK font STSong-Light with the UniGB-UCS2-H encoding: the
 * metrics and CMaps ship inside the openpdf jar, so it works on any machine and from the fat jar without fonts
 * installed; the glyphs are not embedded (readers substitute their own Song/Ming typeface, as for any PDF using
 * the standard Adobe Asian fonts).
 */
@Component
class CertificatePdf {

    static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final MessageSource messages;
    private final CertificateProperties properties;

    CertificatePdf(MessageSource messages, CertificateProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    byte[] render(CertificateView c) {
        try {
            BaseFont song = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Fonts title = new Fonts(song, 26, Font.BOLD);
            Fonts label = new Fonts(song, 12, Font.NORMAL);
            Fonts value = new Fonts(song, 14, Font.BOLD);
            Fonts small = new Fonts(song, 10, Font.NORMAL);
            StringBuilder printed = new StringBuilder();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 60, 60, 72, 72);
            PdfWriter.getInstance(document, out);
            document.addTitle(text(c.kind().messageKey()) + " " + c.certificateNumber());
            document.open();
            Paragraph heading = title.paragraph(text("certificate.pdf.heading." + c.kind().name()), printed);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(36);
            document.add(heading);

            PdfPTable table = new PdfPTable(new float[] {1, 2});
            table.setWidthPercentage(100);
            row(table, "certificate.pdf.holderName", c.holderName(), label, value, printed);
            row(table, "certificate.pdf.holderId", c.holderIdMasked(), label, value, printed);
            if (c.kind() == CertificateKind.EQUIVALENCE) {
                equivalenceRows(table, c, label, value, printed);
            } else {
                row(table, c.kind() == CertificateKind.SKILL_LEVEL ? "skilleval.pdf.occupation" : "certificate.pdf.series",
                        c.series(), label, value, printed);
                row(table, "certificate.pdf.level", text(c.kind().levelMessageKey(c.level())), label, value, printed);
            }
            row(table, "certificate.pdf.number", c.certificateNumber(), label, value, printed);
            row(table, "certificate.pdf.issuedOn", DATE.format(c.issuedOn()), label, value, printed);
            row(table, "certificate.pdf.authority", properties.issuingAuthority(), label, value, printed);
            document.add(table);
            if (c.kind() == CertificateKind.EQUIVALENCE) {
                Paragraph statement = value.paragraph(text("equivalence.pdf.statement", c.holderName(),
                        text("schoolClass." + c.route()), text(c.kind().seriesMessageKey(c.series())),
                        text(c.kind().levelMessageKey(c.level()))), printed);
                statement.setSpacingBefore(24);
                document.add(statement);
            }

            Paragraph verify = small.paragraph(text("certificate.pdf.verify", c.verificationCode(),
                    properties.verifyUrl(c.verificationCode())), printed);
            verify.setSpacingBefore(48);
            document.add(verify);
            document.close();
            return withToUnicode(out.toByteArray(), printed.toString());
        } catch (java.io.IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot print certificate " + c.certificateNumber(), e);
        }
    }

    /**
     * Adds a ToUnicode map (identity, for the CJK characters printed) to the Chinese font: UniGB-UCS2-H codes are
     * Unicode already, and with the map text extraction, search and copy also work in readers (and parsers, such as
     * OpenPDF's own) that do not know Adobe's predefined CMaps.
     */
    private static byte[] withToUnicode(byte[] pdf, String printed) throws java.io.IOException {
        int[] cjk = printed.codePoints().filter(cp -> cp >= 0x2E80 && cp <= 0xFFFF).distinct().sorted().toArray();
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        for (int i = 0; i < cjk.length; i += 100) {
            int end = Math.min(cjk.length, i + 100);
            cmap.append(end - i).append(" beginbfchar\n");
            for (int j = i; j < end; j++) {
                cmap.append("<%04X> <%04X>%n".formatted(cjk[j], cjk[j]));
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        PdfReader reader = new PdfReader(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfStamper stamper = new PdfStamper(reader, out);
        PdfStream stream = new PdfStream(cmap.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        stream.flateCompress();
        PdfIndirectReference toUnicode = stamper.getWriter().addToBody(stream).getIndirectReference();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary fonts = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            for (PdfName name : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(name);
                if (PdfName.TYPE0.equals(font.get(PdfName.SUBTYPE))) {
                    font.put(PdfName.TOUNICODE, toUnicode);
                }
            }
        }
        stamper.close();
        reader.close();
        return out.toByteArray();
    }

    /** Pathway Q: the class the holder graduated from, the exam, the education level, and the request number. */
    private void equivalenceRows(PdfPTable table, CertificateView c, Fonts label, Fonts value, StringBuilder printed) {
        row(table, "equivalence.pdf.schoolClass", text("schoolClass." + c.route()), label, value, printed);
        row(table, "equivalence.pdf.exam", text(c.kind().seriesMessageKey(c.series())), label, value, printed);
        row(table, "equivalence.pdf.education", text(c.kind().levelMessageKey(c.level())), label, value, printed);
        row(table, "equivalence.pdf.requestNumber", c.caseNumber(), label, value, printed);
    }

    private void row(PdfPTable table, String labelKey, String text, Fonts label, Fonts value, StringBuilder printed) {
        PdfPCell left = new PdfPCell(label.paragraph(text(labelKey), printed));
        PdfPCell right = new PdfPCell(value.paragraph(text == null ? "" : text, printed));
        for (PdfPCell cell : new PdfPCell[] {left, right}) {
            cell.setBorder(PdfPCell.NO_BORDER);
            cell.setPaddingBottom(12);
        }
        table.addCell(left);
        table.addCell(right);
    }

    /** Latin letters and digits in Helvetica, everything else in the Chinese font (OpenPDF's FontSelector). */
    private record Fonts(Font latin, Font chinese) {

        Fonts(BaseFont song, float size, int style) {
            this(new Font(Font.HELVETICA, size, style), new Font(song, size, style));
        }

        Paragraph paragraph(String text, StringBuilder printed) {
            FontSelector selector = new FontSelector();
            selector.addFont(latin);
            selector.addFont(chinese);
            printed.append(text);
            return new Paragraph(selector.process(text));
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LANGUAGE);
    }
}
