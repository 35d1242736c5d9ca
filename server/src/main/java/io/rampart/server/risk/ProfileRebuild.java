package io.rampart.server.risk;

import io.rampart.risk.EventContext;
import io.rampart.risk.Profile;
import io.rampart.risk.ProfileCodec;
import io.rampart.risk.RecordedAssessment;
import io.rampart.risk.RiskAlert;
import io.rampart.risk.RiskEngine;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskRecordStore;
import io.rampart.risk.SignInFeatures;
import io.rampart.risk.StoredProfile;
import io.rampart.risk.SubjectId;
import java.util.List;

/**
 * Brings a persisted profile up to date with the events recorded after it, applying them in their
 * account order with the IP facts recorded with them, as the engine did when they arrived.
 */
final class ProfileRebuild {
  private final RiskRecordStore records;
  private final RiskEngine engine;
  private final EventDocuments documents;
  private final FeatureCounts counts;

  /** The profile after every recorded event, and how many events it took. */
  record Rebuilt(byte[] profile, long appliedSeq, int applied) {
    StoredProfile stored(SubjectId account) {
      return new StoredProfile(account, appliedSeq, profile);
    }
  }

  ProfileRebuild(
      RiskRecordStore records, RiskEngine engine, EventDocuments documents, FeatureCounts counts) {
    this.records = records;
    this.engine = engine;
    this.documents = documents;
    this.counts = counts;
  }

  /**
   * @param stored the persisted profile, or {@code null} if the account has none
   * @param deltas where the replayed sign-ins' features are counted (and added to the in-memory
   *     counts), or {@code null} when they were counted already
   * @param audit where the replayed assessments are added for an audit record, or {@code null}
   */
  Rebuilt rebuild(
      SubjectId account, StoredProfile stored, FeatureCounts.Deltas deltas, AssessedDigest audit) {
    long applied = stored == null ? 0 : stored.appliedSeq();
    Profile profile = stored == null ? Profile.EMPTY : ProfileCodec.decode(stored.profile());
    int count = 0;
    for (RecordedAssessment r : records.after(account, applied)) {
      RiskEvent event = documents.read(r.document());
      EventContext context = EventContext.of(event, r.ipFacts(), counts);
      profile = engine.observe(profile, event, context);
      applied = r.accountSeq();
      count++;
      if (audit != null) {
        audit.add(List.of(r), RiskAlert.raisedBy(r.enforced().decision()) ? 1 : 0);
      }
      SignInFeatures counted = FeatureCounts.countedFeatures(event, context);
      if (deltas != null && counted != null) {
        counts.add(counted, 1);
        deltas.add(counted);
      }
    }
    byte[] bytes = count == 0 && stored != null ? stored.profile() : ProfileCodec.encode(profile);
    return new Rebuilt(bytes, applied, count);
  }
}
