package org.talentbridge.certificate;

import com.lowagie.text.pdf.CMapAwareDocumentFont;
import com.lowagie.text.pdf.PRIndirectReference;
import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfLiteral;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import java.io.IOException;
import java.util.ArrayList;

/** Every string a page shows (Tj and TJ), decoded with the font in force through OpenPDF's CMap-aware font reader. */
final class PdfStrings {

    private PdfStrings() {
    }

    static String of(PdfReader reader, int page) throws IOException {
        PdfDictionary fonts = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        PdfContentParser parser = new PdfContentParser(new PRTokeniser(reader.getPageContent(page)));
        ArrayList<PdfObject> operands = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        CMapAwareDocumentFont font = null;
        while (!parser.parse(operands).isEmpty()) {
            String operator = ((PdfLiteral) operands.get(operands.size() - 1)).toString();
            if (operator.equals("Tf")) {
                font = new CMapAwareDocumentFont((PRIndirectReference) fonts.get((PdfName) operands.get(0)));
            } else if (operator.equals("Tj") || operator.equals("'") || operator.equals("\"")) {
                append(text, font, (PdfString) operands.get(operands.size() - 2));
            } else if (operator.equals("TJ")) {
                for (PdfObject part : ((PdfArray) operands.get(0)).getElements()) {
                    if (part instanceof PdfString s) {
                        append(text, font, s);
                    }
                }
            }
        }
        return text.toString();
    }

    private static void append(StringBuilder text, CMapAwareDocumentFont font, PdfString s) {
        byte[] bytes = s.getBytes();
        text.append(font.decode(bytes, 0, bytes.length));
    }
}
