package org.talentbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.talentbridge.account.Role;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.InboxScope;
import org.talentbridge.shared.policy.AssessmentResult;
import org.talentbridge.shared.policy.Award;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TechnicalSchoolClass;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Everything a user reads goes through the bundles: both languages have the same keys, every key the code
 * names exists, and no screen carries a Chinese literal of its own.
 */
class I18nBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation\\(|title = |messageKey\\(\\) \\{\\s*return |\"\\{)\"?([a-zA-Z]+\\.[a-zA-Z.]+[a-zA-Z])[\"}]");
    private static final Pattern PROBLEM_KEY = Pattern.compile("\"(validation\\.[a-zA-Z]+)\"");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(bundle("messages_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(bundle("messages_zh_CN.properties").stringPropertyNames()));
    }

    /** A key written twice in a bundle silently loses its first text: every key once. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String name : new String[] {"messages_en.properties", "messages_zh_CN.properties"}) {
            java.util.Map<String, Long> counts;
            try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
                counts = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                        .map(l -> l.substring(0, l.indexOf('=')).strip())
                        .collect(java.util.stream.Collectors.groupingBy(k -> k, java.util.stream.Collectors.counting()));
            }
            assertThat(counts).as(name).allSatisfy((key, times) -> assertThat(times).as(key).isEqualTo(1L));
        }
    }

    /** A message with placeholders is a MessageFormat pattern: a lone apostrophe there would swallow the text after it. */
    @Test
    void messagesWithPlaceholdersHaveNoLoneApostrophes() throws IOException {
        for (String name : new String[] {"messages_en.properties", "messages_zh_CN.properties"}) {
            Properties bundle = bundle(name);
            assertThat(bundle.stringPropertyNames()).filteredOn(k -> bundle.getProperty(k).contains("{"))
                    .as(name).allSatisfy(k -> assertThat(bundle.getProperty(k).replace("''", "")).as(k).doesNotContain("'"));
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> keys = bundle("messages_zh_CN.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                for (Pattern pattern : List.of(KEY_IN_CODE, PROBLEM_KEY)) {
                    Matcher m = pattern.matcher(code);
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(keys).containsAll(used);
    }

    @Test
    void everyEnumValueShownToUsersHasALabel() throws IOException {
        Set<String> keys = bundle("messages_zh_CN.properties").stringPropertyNames();
        List<String> needed = new ArrayList<>();
        Stream.of(Role.values()).map(Role::messageKey).forEach(needed::add);
        Stream.of(SkillLevel.values()).map(SkillLevel::messageKey).forEach(needed::add);
        Stream.of(TitleLevel.values()).map(TitleLevel::messageKey).forEach(needed::add);
        Stream.of(AssessmentResult.values()).map(AssessmentResult::messageKey).forEach(needed::add);
        Stream.of(Award.values()).map(Award::messageKey).forEach(needed::add);
        Stream.of(TechnicalSchoolClass.values()).map(TechnicalSchoolClass::messageKey).forEach(needed::add);
        Stream.of(CaseStatus.values()).map(CaseStatus::messageKey).forEach(needed::add);
        Stream.of(InboxScope.values()).map(InboxScope::messageKey).forEach(needed::add);
        assertThat(keys).containsAll(needed);
    }

    @Test
    void screensCarryNoChineseLiteralsOfTheirOwn() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().contains("/ui/") && f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    boolean comment = line.startsWith("//") || line.startsWith("*") || line.startsWith("/*");
                    if (!comment && CJK.matcher(line.replaceAll("//.*$", "")).find()) {
                        offenders.add(file.getFileName() + ":" + (i + 1) + " " + line);
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
