package org.talentbridge;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules' borders (issue 14, item 1). Every top-level package under {@code org.talentbridge} is a module; its
 * sub-packages ({@code ui}, {@code api}, {@code security}, …) are internal unless declared with {@code @NamedInterface};
 * {@code shared} is the open shared kernel. No exception list.
 */
class ModuleBordersTest {

    static final ApplicationModules MODULES = ApplicationModules.of(TalentBridgeApplication.class);

    @Test
    void modulesUseOnlyEachOthersDeclaredApiAndFormNoCycles() {
        MODULES.verify();
    }

    /** Who owns each table of the migrations (schema {@code tb}); a new table without an owner here fails the test. */
    static final Map<String, String> OWNER = owners(
            "account", "account account_role sign_in_failure sign_in_lock api_token",
            "shared", "audit_event shedlock calendar_year calendar_day",
            "catalog", "occupation series_decision",
            "applicant", "applicant_profile skill_certificate professional_title work_period annual_assessment applicant_award",
            "casework", "title_case screening_result open_task",
            "integrity", "integrity_entry",
            "round", "evaluation_round",
            "employer", "employer",
            "notification", "notification",
            "committee", "committee_expert panel_draw panel_draw_member panel_draw_candidate panel_replacement panel_vote"
                    + " panel_participation panel_ballot panel_counted_ballot panel_tally panel_move_on",
            "certificate", "certificate",
            "publication", "publicity publicity_entry objection objection_evidence",
            "investigation", "investigation investigation_subject investigation_note investigation_file accountability_item",
            "skilleval", "evaluation_organisation evaluator skill_case skill_case_rescreening",
            "equivalence", "equivalence_request",
            "rules", "rules_version rules_table rules_round_pin rules_gate_run rules_what_if",
            "monitoring", "absence",
            "casefile", "casefile_document casefile_version casefile_content casefile_case_document casefile_replacement_request"
                    + " casefile_achievement casefile_training casefile_case_record");

    static final Path MAIN = Path.of("src/main/java/org/talentbridge");

    /** String literals and text blocks of a Java source. */
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    /** A table named in SQL: after FROM, JOIN, INTO, UPDATE, TABLE or EXISTS, with the schema, or in a comma join. */
    private static final Pattern TABLE = Pattern.compile(
            "\\b(?:from|join|into|update|table|exists)\\s+(?:only\\s+)?(?:tb\\.)?([a-z_]+)\\b|\\btb\\.([a-z_]+)"
                    + "|,\\s*(?:tb\\.)?([a-z_]+)\\s+[a-z]{1,3}\\b", Pattern.CASE_INSENSITIVE);

    /**
     * No module's SQL names another module's table (issue 14): it calls the owner's query API or listens to its events.
     * The sources are scanned, string literals and text blocks alike; what they name is checked against {@link #OWNER}.
     */
    @Test
    void noModuleNamesAnotherModulesTableInItsSql() throws IOException {
        assertThat(crossings(MAIN)).isEmpty();
    }

    /** Every table the migrations create has an owner, so that the rule above covers new tables too. */
    @Test
    void everyTableOfTheMigrationsHasAnOwningModule() throws IOException {
        Pattern create = Pattern.compile("create table (?:if not exists )?(?:tb\\.)?([a-z_]+)", Pattern.CASE_INSENSITIVE);
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = create.matcher(Files.readString(file));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        tables.removeIf(t -> t.startsWith("act_")); // Camunda's own schema (V35), read through the engine's API only
        assertThat(tables).isNotEmpty().allSatisfy(t -> assertThat(OWNER).containsKey(t));
    }

    /** {@code "investigation/InvestigationStore.java:44 names account (account)"} for every crossing under {@code root}. */
    static List<String> crossings(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String module = root.relativize(file).getName(0).toString();
                if (module.endsWith(".java")) {
                    continue; // the application class
                }
                String source = Files.readString(file);
                Matcher literal = LITERAL.matcher(source);
                while (literal.find()) {
                    String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                    Matcher table = TABLE.matcher(text);
                    while (table.find()) {
                        String name = Stream.of(table.group(1), table.group(2), table.group(3))
                                .filter(g -> g != null).findFirst().orElseThrow().toLowerCase(java.util.Locale.ROOT);
                        String owner = OWNER.get(name);
                        if (owner != null && !owner.equals(module)) {
                            int line = (int) source.substring(0, literal.start()).chars().filter(c -> c == '\n').count() + 1;
                            found.add(root.relativize(file) + ":" + line + " names " + name + " (" + owner + ")");
                        }
                    }
                }
            }
        }
        return found;
    }

    private static Map<String, String> owners(String... moduleAndTables) {
        Map<String, String> owner = new TreeMap<>();
        for (int i = 0; i < moduleAndTables.length; i += 2) {
            for (String table : moduleAndTables[i + 1].split(" ")) {
                owner.put(table, moduleAndTables[i]);
            }
        }
        return owner;
    }

    /**
     * The module diagram of docs/architecture.md, written from the code (PlantUML, C4 style). The shared kernel, which
     * every module uses, is left out; the lines are sorted so that an unchanged structure gives an unchanged file.
     * The README shows it as docs/modules/components.png, drawn here from the same text (PlantUML's own Java layout).
     */
    @Test
    void writesTheModuleDiagram() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withExclusions(module -> module.getBasePackage().getName().equals("org.talentbridge.shared")));
        Path diagram = Path.of("docs/modules/components.puml");
        List<String> lines = Files.readAllLines(diagram);
        List<String> sorted = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            boolean sortable = line.startsWith("Rel(") || line.startsWith("  Component(");
            if (sortable) {
                block.add(line);
            } else {
                sorted.addAll(block.stream().sorted().collect(Collectors.toList()));
                block.clear();
                sorted.add(line);
            }
        }
        sorted.addAll(block.stream().sorted().toList());
        Files.write(diagram, sorted);
        String source = String.join("\n", sorted).replace("@startuml", "@startuml\n!pragma layout smetana");
        try (OutputStream png = Files.newOutputStream(Path.of("docs/modules/components.png"))) {
            assertThat(new SourceStringReader(source).outputImage(png)).isNotNull();
        }
    }
}
