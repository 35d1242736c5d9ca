package io.rampart.server;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.rampart.server.modulerules.audit.AuditFixture;
import io.rampart.server.modulerules.identity.IdentityFixture;
import io.rampart.server.modulerules.kernel.KernelFixture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of DESIGN.md, section 2, checked over every Rampart class on the class path. */
class ModuleRulesTest {
  private static final String ROOT = "io.rampart.";

  /**
   * Capability modules and the other modules each may use. A new capability adds one line here (and
   * {@link #everyModuleOnTheClassPathHasARule} fails until it does).
   */
  private static final Map<String, Set<String>> CAPABILITIES = capabilities();

  /** Modules that host technology (database, HTTP, model runtime) around the capabilities. */
  private static final Set<String> TECHNOLOGY = Set.of("store", "server", "models");

  /** What no capability may use: frameworks, database, web, mail, messaging, JSON. */
  private static final String[] TECHNOLOGY_PACKAGES = {
    "org.springframework..",
    "java.sql..",
    "javax.sql..",
    "jakarta.servlet..",
    "jakarta.mail..",
    "java.net.http..",
    "com.fasterxml.jackson..",
    "tools.jackson..",
    "org.apache.kafka..",
    "io.rampart.store..",
    "io.rampart.server.."
  };

  /** Test fixtures shared through test-jars (fakes, contract tests) are not production code. */
  private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");

  private static JavaClasses classes;

  private static Map<String, Set<String>> capabilities() {
    Map<String, Set<String>> table = new LinkedHashMap<>();
    table.put("kernel", Set.of());
    table.put("audit", Set.of("kernel"));
    table.put("notification", Set.of("kernel"));
    table.put("identity", Set.of("kernel", "audit", "notification"));
    table.put("risk", Set.of("kernel"));
    table.put("ipintel", Set.of("kernel", "risk"));
    table.put("simulation", Set.of("kernel", "risk"));
    table.put("screening", Set.of("kernel", "audit"));
    return table;
  }

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.matches(TEST_JAR))
            .importPackages("io.rampart");
  }

  @Test
  void kernelDependsOnTheJdkOnly() {
    noClasses()
        .that()
        .resideInAPackage("io.rampart.kernel..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("io.rampart.kernel..", "java..")
        .check(classes);
  }

  @Test
  void capabilitiesUseNoFrameworkDatabaseWebMailOrJson() {
    for (String module : CAPABILITIES.keySet()) {
      technologyRule(ROOT, module).check(classes);
    }
  }

  @Test
  void capabilitiesUseOnlyTheModulesTheyDeclare() {
    CAPABILITIES.forEach((module, allowed) -> dependencyRule(ROOT, module, allowed).check(classes));
  }

  @Test
  void everyModuleOnTheClassPathHasARule() {
    Set<String> modules =
        classes.stream()
            .map(JavaClass::getPackageName)
            .filter(name -> name.startsWith(ROOT))
            .map(name -> name.substring(ROOT.length()).split("\\.")[0])
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(Stream.concat(CAPABILITIES.keySet().stream(), TECHNOLOGY.stream()))
        .as("every io.rampart module is a capability with its allowed modules, or technology")
        .containsAll(modules);
    assertThat(modules).as("the rules see every module").containsAll(CAPABILITIES.keySet());
  }

  @Test
  void noModuleUsesAnotherModulesInternals() {
    for (String module :
        Stream.concat(CAPABILITIES.keySet().stream(), TECHNOLOGY.stream()).toList()) {
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + module + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ROOT + module + ".internal..")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  /** The rules themselves catch what they are for, on fixtures that break and keep them. */
  @Test
  void rulesReportAnUndeclaredModuleAndATechnologyButNotADeclaredModule() {
    JavaClasses fixtures =
        new ClassFileImporter()
            .importClasses(KernelFixture.class, AuditFixture.class, IdentityFixture.class);
    String root = "io.rampart.server.modulerules.";

    assertThat(technologyRule(root, "kernel").evaluate(fixtures).hasViolation()).isTrue();
    assertThat(dependencyRule(root, "kernel", Set.of()).evaluate(fixtures).hasViolation())
        .isFalse();
    assertThat(dependencyRule(root, "audit", Set.of("kernel")).evaluate(fixtures).hasViolation())
        .isTrue();
    assertThat(
            dependencyRule(root, "identity", Set.of("kernel", "audit"))
                .evaluate(fixtures)
                .hasViolation())
        .isFalse();
  }

  private static ArchRule technologyRule(String root, String module) {
    return noClasses()
        .that()
        .resideInAPackage(root + module + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(TECHNOLOGY_PACKAGES)
        .allowEmptyShould(true);
  }

  private static ArchRule dependencyRule(String root, String module, Set<String> allowed) {
    List<String> permitted =
        Stream.concat(Stream.of(module), allowed.stream()).map(m -> root + m + "..").toList();
    return noClasses()
        .that()
        .resideInAPackage(root + module + "..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(root.substring(0, root.length() - 1) + "..")
                .and(resideInAnyPackage(permitted.toArray(String[]::new)).negate())
                .as("other io.rampart modules than " + permitted))
        .allowEmptyShould(true);
  }
}
