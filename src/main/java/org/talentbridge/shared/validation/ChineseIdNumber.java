package org.talentbridge.shared.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Mainland resident identity card numbers (GB 11643-1999): 17 digits, the first six an area code, then the
 * birth date (yyyyMMdd), a sequence number and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public final class ChineseIdNumber {

    private static final Pattern SHAPE = Pattern.compile("[1-9]\\d{16}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private ChineseIdNumber() {
    }

    /** Upper-cases a trailing x and trims; null stays null. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.trim().toUpperCase();
    }

    public static boolean isValid(String raw) {
        String id = normalise(raw);
        return id != null && SHAPE.matcher(id).matches() && birthDate(id).isPresent()
                && checkCharacter(id) == id.charAt(17);
    }

    /** The check character that the first 17 digits call for. */
    public static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /**
     * The birth date encoded in the number, if it is a real date between 1900 and today (the system clock: a shape
     * check called from Bean Validation and static code, where the application's Clock bean is not at hand).
     */
    public static Optional<LocalDate> birthDate(String id) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
            return date.isBefore(EARLIEST_BIRTH) || date.isAfter(LocalDate.now()) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** For lists: keep the first 3 and last 4 characters, e.g. {@code 330***********123X}. */
    public static String mask(String id) {
        if (id == null || id.length() < 8) {
            return id;
        }
        return id.substring(0, 3) + "*".repeat(id.length() - 7) + id.substring(id.length() - 4);
    }
}
