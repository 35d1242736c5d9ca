package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Recovery codes in memory, for tests. Thread-safe. */
public final class InMemoryRecoveryCodeRepository implements RecoveryCodeRepository {
  /** Per account: code hash to the time it was used, or {@code null} while unused. */
  private final Map<AccountId, Map<String, Instant>> codes = new HashMap<>();

  @Override
  public synchronized void replaceAll(AccountId account, List<String> codeHashes, Instant at) {
    Map<String, Instant> fresh = new HashMap<>();
    codeHashes.forEach(hash -> fresh.put(hash, null));
    codes.put(account, fresh);
  }

  @Override
  public synchronized boolean use(AccountId account, String codeHash, Instant at) {
    Map<String, Instant> own = codes.get(account);
    if (own == null || !own.containsKey(codeHash) || own.get(codeHash) != null) {
      return false;
    }
    own.put(codeHash, at);
    return true;
  }

  @Override
  public synchronized int countUnused(AccountId account) {
    Map<String, Instant> own = codes.get(account);
    return own == null ? 0 : (int) own.values().stream().filter(v -> v == null).count();
  }

  @Override
  public synchronized void deleteAll(AccountId account) {
    codes.remove(account);
  }
}
