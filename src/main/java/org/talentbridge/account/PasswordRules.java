package org.talentbridge.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules, in one place for our accounts ({@link Password} on requests, {@link AccountService}) and the
 * engine's password policy: 8-64 characters with letters and digits, not containing the account name (whatever the
 * case), not on the bundled list of common passwords ({@value #COMMON_PASSWORDS}).
 */
@Component
public class PasswordRules {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;
    /** Letters and digits. */
    public static final String STRENGTH = "(?=.*[A-Za-z])(?=.*\\d).*";
    static final String COMMON_PASSWORDS = "account/common-passwords.txt";

    private static final Pattern STRENGTH_PATTERN = Pattern.compile(STRENGTH, Pattern.DOTALL);

    private final Set<String> common;

    PasswordRules() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
            common = lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMMON_PASSWORDS, e);
        }
    }

    public boolean hasValidLength(String password) {
        return password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH;
    }

    public boolean hasLettersAndDigits(String password) {
        return password != null && STRENGTH_PATTERN.matcher(password).matches();
    }

    /** Whether the password contains the account name, whatever the case of either. */
    public boolean containsUsername(String password, String username) {
        if (password == null || username == null || username.isBlank()) {
            return false;
        }
        return password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether the password is on the list of common passwords (whatever its case). */
    public boolean isCommon(String password) {
        return password != null && common.contains(password.toLowerCase(Locale.ROOT));
    }

    /**
     * The message key of what the account-name and common-password rules find wrong with this password, if anything
     * (length and letters-and-digits are {@link Password}'s).
     */
    public Optional<String> problem(String password, String username) {
        if (containsUsername(password, username)) {
            return Optional.of("validation.passwordContainsUsername");
        }
        if (isCommon(password)) {
            return Optional.of("validation.passwordCommon");
        }
        return Optional.empty();
    }
}
