package io.rampart.server.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditRecord;
import io.rampart.audit.AuditTrail;
import io.rampart.audit.InMemoryAuditStore;
import io.rampart.kernel.MutableClock;
import io.rampart.kernel.RequestOrigin;
import io.rampart.risk.ModelCatalogue;
import io.rampart.risk.Policy;
import io.rampart.server.config.ConfigurationProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyFilesTest {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir Path dir;
  final MutableClock clock = new MutableClock(T0);
  final InMemoryAuditStore auditStore = new InMemoryAuditStore();
  final AuditTrail audit = new AuditTrail(auditStore, clock);

  static String version(String v) {
    return Policy.defaultYaml().replaceFirst("policyVersion: .*", "policyVersion: " + v);
  }

  Path write(String name, String yaml) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, yaml);
    Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
    return file;
  }

  PolicyFiles load(Path active, Path shadow) {
    return PolicyFiles.load(
        active, shadow, audit, auditStore.transactions(), clock, ModelCatalogue.NONE);
  }

  List<AuditRecord> audits() {
    List<AuditRecord> all = new ArrayList<>();
    auditStore.forEachInOrder(all::add);
    return all;
  }

  @Test
  void startsWithTheBundledPolicyWhenNoFileIsNamed() {
    PolicyFiles files = load(null, null);

    assertThat(files.status().active().source()).isEqualTo(PolicyFiles.BUNDLED);
    assertThat(files.policies().current().active().version())
        .isEqualTo(Policy.defaults().version());
    assertThat(files.policies().current().shadow()).isNull();
  }

  @Test
  void runsACandidateInShadowBesideTheActivePolicy() throws Exception {
    PolicyFiles files =
        load(write("a.yaml", version("active-1")), write("s.yaml", version("next-2")));

    assertThat(files.policies().current().active().version()).isEqualTo("active-1");
    assertThat(files.policies().current().shadow().version()).isEqualTo("next-2");
    assertThat(files.status().shadow().version()).isEqualTo("next-2");
  }

  @Test
  void refusesToStartWithABadPolicyAndNamesTheFileAndProblem() throws Exception {
    Path bad = write("bad.yaml", version("bad-1").replace("points: 20", "points: -5"));

    assertThatThrownBy(() -> load(bad, null))
        .isInstanceOf(ConfigurationProblem.class)
        .hasMessageContaining("bad.yaml")
        .hasMessageContaining("points");
  }

  @Test
  void aBadReloadChangesNothingAndIsAuditedWithItsProblem() throws Exception {
    Path active = write("a.yaml", version("active-1"));
    PolicyFiles files = load(active, null);
    clock.advance(java.time.Duration.ofMinutes(1));
    write("a.yaml", "policyVersion: broken\nrules: {no-such-rule: {points: 5}}\n");

    PolicyFiles.Reload reload = files.reload(Actor.operator("op"), RequestOrigin.INTERNAL);

    assertThat(reload).isInstanceOf(PolicyFiles.Reload.Refused.class);
    assertThat(files.policies().current().active().version()).isEqualTo("active-1");
    assertThat(files.status().lastRefusal().problems()).isNotEmpty();
    assertThat(audits().getLast().type()).isEqualTo("risk.policy-refused");
  }

  @Test
  void aGoodReloadPutsTheNewPolicyInForceAndNoticesTheChange() throws Exception {
    Path active = write("a.yaml", version("active-1"));
    PolicyFiles files = load(active, null);
    assertThat(files.changed()).isFalse();
    clock.advance(java.time.Duration.ofMinutes(1));
    write("a.yaml", version("active-2"));

    assertThat(files.changed()).isTrue();
    files.reload(Actor.SYSTEM, RequestOrigin.INTERNAL);

    assertThat(files.policies().current().active().version()).isEqualTo("active-2");
    assertThat(files.changed()).isFalse();
    assertThat(audits().getLast().type()).isEqualTo("risk.policy-loaded");
    assertThat(audits().getLast().data()).containsEntry("activeVersion", "active-2");
  }

  @Test
  void theWatchReloadsAChangedFileAndKeepsTheOldPolicyForABadOne() throws Exception {
    Path active = write("a.yaml", version("active-1"));
    PolicyFiles files = load(active, null);
    try (PolicyWatch watch = new PolicyWatch(files, java.time.Duration.ZERO)) {
      clock.advance(java.time.Duration.ofMinutes(1));
      write("a.yaml", version("active-2"));
      watch.check();
      assertThat(files.policies().current().active().version()).isEqualTo("active-2");

      clock.advance(java.time.Duration.ofMinutes(1));
      write("a.yaml", "policyVersion: [not, a, version]\n");
      watch.check();
      assertThat(files.policies().current().active().version()).isEqualTo("active-2");
      assertThat(files.status().lastRefusal()).isNotNull();
    }
  }

  @Test
  void refusesAShadowWithTheActivesVersion() throws Exception {
    Path active = write("a.yaml", version("same-1"));
    Path shadow = write("s.yaml", version("same-1"));

    assertThatThrownBy(() -> load(active, shadow)).hasMessageContaining("own version");
  }

  @Test
  void aMissingFileIsRefusedNotFatalOnReload() throws Exception {
    Path active = write("a.yaml", version("active-1"));
    PolicyFiles files = load(active, null);
    Files.delete(active);

    assertThat(files.reload(Actor.SYSTEM, RequestOrigin.INTERNAL))
        .isInstanceOf(PolicyFiles.Reload.Refused.class);
    assertThat(files.policies().current().active().version()).isEqualTo("active-1");
  }
}
