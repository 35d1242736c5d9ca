package io.rampart.risk.internal.rules;

import io.rampart.risk.ActionType;
import io.rampart.risk.EventContext;
import io.rampart.risk.FeatureKey;
import io.rampart.risk.Finding;
import io.rampart.risk.ParameterSpec;
import io.rampart.risk.Profile;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskReason;
import io.rampart.risk.RiskRule;
import io.rampart.risk.RuleParameters;
import io.rampart.risk.SourceKeys;
import io.rampart.risk.SourceKind;
import io.rampart.risk.SourceStats;
import io.rampart.risk.internal.Decimals;
import io.rampart.risk.internal.EventFields;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Credential stuffing: within the hour before the action, sign-ins from its IP failed on at least
 * {@code minAccountsIp} distinct accounts (from its network: {@code minAccountsNetwork}; from its
 * AS: {@code minAccountsAsn}), while at most {@code maxSuccessShare} of that source's attempts
 * succeeded. A botnet trying one leaked password per account fails on most of them; a busy network
 * of real customers also fails on many accounts (typos) but succeeds far more often. The finest
 * source that qualifies is reported.
 *
 * <p>Scored on sign-ins and on what follows within a session (activity, withdrawals, address and
 * security changes) from such a source: the accounts where the password was reused are entered from
 * the very addresses that failed on the others, and often cashed out at once.
 */
public final class CredentialStuffingRule implements RiskRule {
  private static final Set<ActionType> APPLIES =
      EnumSet.of(
          ActionType.SIGN_IN,
          ActionType.SESSION,
          ActionType.WITHDRAWAL,
          ActionType.ADDRESS_CHANGE,
          ActionType.SECURITY_CHANGE);
  private static final SourceKind[] FINE_TO_COARSE = SourceKind.values();
  private static final String[] MIN_ACCOUNTS = {
    "minAccountsIp", "minAccountsNetwork", "minAccountsAsn"
  };

  @Override
  public String id() {
    return "credential-stuffing";
  }

  @Override
  public Set<ActionType> appliesTo() {
    return APPLIES;
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        new ParameterSpec(MIN_ACCOUNTS[0], 5, 2, 1e6),
        new ParameterSpec(MIN_ACCOUNTS[1], 10, 2, 1e6),
        new ParameterSpec(MIN_ACCOUNTS[2], 20, 2, 1e6),
        new ParameterSpec("maxSuccessShare", 0.2, 0, 1));
  }

  @Override
  public Finding evaluate(
      Profile profile, RiskEvent event, EventContext context, RuleParameters p) {
    if (!APPLIES.contains(event.actionType()) || EventFields.ip(event) == null) {
      return Finding.ABSTAIN;
    }
    SourceStats sources = context.sources();
    SourceKeys keys = context.sourceKeysOf(event);
    int minute = Profile.minuteOf(event.occurredAt());
    double maxShare = p.get("maxSuccessShare");
    for (SourceKind kind : FINE_TO_COARSE) {
      long source = keys.key(kind);
      double minAccounts = p.get(MIN_ACCOUNTS[kind.ordinal()]);
      if (source == FeatureKey.ABSENT) {
        continue;
      }
      int failures = sources.failures(source, minute);
      if (failures < minAccounts) {
        continue;
      }
      int accounts = sources.failedAccounts(source, minute);
      if (accounts < minAccounts) {
        continue;
      }
      int successes = sources.successes(source, minute);
      double share = (double) successes / ((long) failures + successes);
      if (share <= maxShare) {
        return new Finding.Signal(
            RiskReason.RISK_CREDENTIAL_STUFFING,
            p.points(),
            "sign-ins from "
                + describe(kind, keys)
                + " failed on about "
                + accounts
                + " accounts within the hour, "
                + Decimals.fixed(share * 100, 0)
                + "% of "
                + ((long) failures + successes)
                + " attempts succeeded");
      }
    }
    return Finding.ABSTAIN;
  }

  private static String describe(SourceKind kind, SourceKeys keys) {
    return switch (kind) {
      case IP -> "this IP";
      case NETWORK -> "its network (/" + keys.networkPrefix() + ")";
      case ASN -> "its AS";
    };
  }
}
