package dev.backforge;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import dev.backforge.kernel.PlantedViolation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The floors of docs/architecture.md, read from its packages table and checked on the compiled classes: each package
 * touches only what its row names, no package circle, and within a business component entity below control below
 * boundary and batch. A planted violation shows that the rules can fail.
 */
class ArchitectureRulesTest {

    static final Path DOC = Path.of(System.getProperty("backforge.basedir", "."), "docs/architecture.md");
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.backforge");

    /** The table's rows: each package (a row may name several) and the packages it may touch. */
    static Map<String, List<String>> table() throws Exception {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(DOC)) {
            if (line.startsWith("| package | what it may touch")) {
                inTable = true;
                continue;
            }
            if (inTable && !line.startsWith("|")) {
                break;
            }
            if (!inTable || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.split("\\|");
            List<String> touches = names(cells[2]);
            for (String name : names(cells[1])) {
                rows.put(name, touches);
            }
        }
        assertFalse(rows.isEmpty(), "docs/architecture.md has its packages table");
        return rows;
    }

    private static List<String> names(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("`([a-z.]+)`").matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** `stacks` is the registry's own package; any other name covers its subpackages. */
    private static String packages(String name) {
        return name.equals("stacks") ? "dev.backforge.stacks" : "dev.backforge." + name + "..";
    }

    static ArchRule floors() throws Exception {
        Map<String, List<String>> table = table();
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers();
        for (String name : table.keySet()) {
            layers = layers.layer(name).definedBy(packages(name));
        }
        for (var row : table.entrySet()) {
            layers = row.getValue().isEmpty() ? layers.whereLayer(row.getKey()).mayNotAccessAnyLayer()
                    : layers.whereLayer(row.getKey()).mayOnlyAccessLayers(row.getValue().toArray(String[]::new));
        }
        return layers;
    }

    @Test
    void eachPackageTouchesOnlyWhatItsRowNames() throws Exception {
        floors().check(MAIN);
    }

    @Test
    void everyPackageHasARow() throws Exception {
        Map<String, List<String>> table = table();
        List<String> missing = new ArrayList<>();
        MAIN.stream().map(c -> c.getPackageName()).distinct().forEach(p -> {
            boolean covered = table.keySet().stream()
                    .anyMatch(n -> n.equals("stacks") ? p.equals("dev.backforge.stacks")
                            : p.equals("dev.backforge." + n) || p.startsWith("dev.backforge." + n + "."));
            if (!covered) {
                missing.add(p);
            }
        });
        assertTrue(missing.isEmpty(), "packages without a row in docs/architecture.md: " + missing);
    }

    @Test
    void noPackageCircle() {
        slices().matching("dev.backforge.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void entityBelowControlBelowBoundary() {
        noClasses().that().resideInAPackage("dev.backforge..entity..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.backforge..control..", "dev.backforge..boundary..", "dev.backforge..batch..")
                .check(MAIN);
        noClasses().that().resideInAPackage("dev.backforge..control..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.backforge..boundary..", "dev.backforge..batch..").check(MAIN);
    }

    @Test
    void aPlantedViolationFails() throws Exception {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedViolation.class);
        assertTrue(floors().evaluate(planted).hasViolation(), "the kernel reaching up to runs must be refused");
    }
}
