package org.talentbridge.publication;

import java.util.Set;

/**
 * A name as the public publicity list shows it: the surname kept, every other character a star (王* for 王焊,
 * 欧阳** for 欧阳小华). Two-character compound surnames are kept whole when the name is longer than the surname.
 */
final class MaskedName {

    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "申屠", "独孤", "南宫", "西门", "百里",
            "呼延", "澹台", "公冶", "太史", "闻人", "赫连", "万俟", "濮阳", "钟离");

    private MaskedName() {
    }

    static String of(String name) {
        if (name == null || name.isBlank()) {
            return "*";
        }
        int[] chars = name.strip().codePoints().toArray();
        int kept = chars.length > 2 && COMPOUND_SURNAMES.contains(new String(chars, 0, 2)) ? 2 : 1;
        StringBuilder masked = new StringBuilder(new String(chars, 0, Math.min(kept, chars.length)));
        masked.append("*".repeat(Math.max(1, chars.length - kept)));
        return masked.toString();
    }
}
