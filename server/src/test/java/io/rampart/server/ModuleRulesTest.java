package io.rampart.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of DESIGN.md, section 2, checked over every Rampart class on the class path. */
class ModuleRulesTest {
  private static final List<String> MODULES =
      List.of("kernel", "audit", "notification", "identity", "store", "server");
  private static final String[] CAPABILITIES = {
    "io.rampart.kernel..",
    "io.rampart.audit..",
    "io.rampart.notification..",
    "io.rampart.identity.."
  };

  /** Test fixtures shared through test-jars (fakes, contract tests) are not production code. */
  private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");

  private static JavaClasses classes;

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
  void capabilitiesUseNoFrameworkDatabaseWebOrMessaging() {
    noClasses()
        .that()
        .resideInAnyPackage(CAPABILITIES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "java.sql..",
            "javax.sql..",
            "jakarta.servlet..",
            "com.fasterxml.jackson..",
            "tools.jackson..",
            "org.apache.kafka..",
            "io.rampart.store..",
            "io.rampart.server..")
        .check(classes);
  }

  @Test
  void noModuleUsesAnotherModulesInternals() {
    for (String module : MODULES) {
      noClasses()
          .that()
          .resideOutsideOfPackage("io.rampart." + module + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.rampart." + module + ".internal..")
          .allowEmptyShould(true)
          .check(classes);
    }
  }
}
