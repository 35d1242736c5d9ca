package io.rampart.identity;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A risk engine whose verdict a test sets, and which keeps every sign-in it was told of. */
final class ScriptedSignInRisk implements SignInRisk {
  private volatile SignInVerdict verdict = SignInVerdict.UNASSESSED;
  final List<SignInFacts> assessed = new CopyOnWriteArrayList<>();
  final List<SignInFacts> failures = new CopyOnWriteArrayList<>();
  final List<SecurityChangeFacts> changes = new CopyOnWriteArrayList<>();

  void answer(SignInVerdict.Decision decision, String... reasons) {
    verdict = new SignInVerdict(decision, "assessment-" + (assessed.size() + 1), List.of(reasons));
  }

  @Override
  public SignInVerdict assess(SignInFacts facts) {
    assessed.add(facts);
    return verdict;
  }

  @Override
  public void failed(SignInFacts facts) {
    failures.add(facts);
  }

  @Override
  public void securitySettingChanged(SecurityChangeFacts facts) {
    changes.add(facts);
  }
}
