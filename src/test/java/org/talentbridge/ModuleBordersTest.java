package org.talentbridge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

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

    /**
     * The module diagram of docs/architecture.md, written from the code (PlantUML, C4 style). The shared kernel, which
     * every module uses, is left out; the lines are sorted so that an unchanged structure gives an unchanged file.
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
    }
}
