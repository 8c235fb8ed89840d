package org.talentbridge.shared.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Collection;

/**
 * How identifiers and long names sit in grids and selects (issue 12, item 7): a case or certificate number is never
 * cut (the column takes the width of its longest value and does not shrink), a long name shows in full on hover, and
 * a select is as wide as its longest common value.
 */
public final class GridColumns {

    /** Width of a CJK character and of any other character, in em (the Lumo font at the field's size). */
    static final double WIDE_CHARACTER_EM = 1.0;
    static final double NARROW_CHARACTER_EM = 0.6;
    /** The field's padding and its toggle button, in em. */
    static final double FIELD_CHROME_EM = 4.0;
    /** Lumo's default field width, in em: a select is never narrower. */
    static final double DEFAULT_FIELD_EM = 12.0;

    private GridColumns() {
    }

    /** A number that must be read whole (case, certificate, draw, request numbers): auto width, no shrinking. */
    public static <T> Grid.Column<T> identifier(Grid.Column<T> column) {
        return column.setAutoWidth(true).setFlexGrow(0);
    }

    /** A name that may be long (employer, organisation, round): it takes the room left, and shows whole on hover. */
    public static <T> Grid.Column<T> longText(Grid.Column<T> column, SerializableFunction<T, String> text) {
        column.setTooltipGenerator(item -> {
            String value = text.apply(item);
            return value == null ? "" : value;
        });
        return column.setResizable(true);
    }

    /** Sets {@code field}'s width to fit the longest of {@code labels} (never below Lumo's default width). */
    public static void fitWidth(HasSize field, Collection<String> labels) {
        double longest = labels.stream().mapToDouble(GridColumns::textWidthEm).max().orElse(0);
        double em = Math.max(DEFAULT_FIELD_EM, Math.ceil(longest + FIELD_CHROME_EM));
        field.setWidth(((int) em) + "em");
    }

    /** About how wide {@code text} is, in em: CJK characters one em, others a little over half. */
    public static double textWidthEm(String text) {
        if (text == null) {
            return 0;
        }
        return text.codePoints().mapToDouble(c -> Character.isIdeographic(c) || Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F)
                ? WIDE_CHARACTER_EM : NARROW_CHARACTER_EM).sum();
    }
}
