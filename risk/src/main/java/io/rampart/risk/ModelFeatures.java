package io.rampart.risk;

import io.rampart.risk.internal.rules.FeatureVector;
import java.util.List;

/**
 * The feature vector a {@link RiskModel} scores: what the profile (before the event), the event and
 * its context say, as {@link #COUNT} floats in the order of {@link #NAMES}. Pure and deterministic,
 * like the rules; a model is trained on vectors from this class (see {@code docs/detection.md}) and
 * is bound to its names, so a change here is a new model.
 *
 * <table>
 *   <caption>Features</caption>
 *   <tr><th>name</th><th>value</th></tr>
 *   <tr><td>action.*</td><td>1 for the event's action type (sign-in, session, withdrawal, address
 *       change, security change), else 0</td></tr>
 *   <tr><td>signIn.failed</td><td>1 for a failed sign-in</td></tr>
 *   <tr><td>signIn.mfa</td><td>1 when a second factor was presented</td></tr>
 *   <tr><td>account.ageDays</td><td>ln(1 + days since the account was first seen)</td></tr>
 *   <tr><td>account.idleDays</td><td>ln(1 + days since the owner's last activity)</td></tr>
 *   <tr><td>device.new</td><td>1 when the account has devices and this one (or none) is not among
 *       them</td></tr>
 *   <tr><td>device.uses</td><td>ln(1 + sign-ins from this device)</td></tr>
 *   <tr><td>ip.uses, asn.uses, country.uses</td><td>ln(1 + sign-ins from this IP, network,
 *       country)</td></tr>
 *   <tr><td>signIn.unfamiliarity</td><td>the unfamiliar-sign-in statistic (sign-ins only), clipped
 *       to [-10, 20]</td></tr>
 *   <tr><td>network.novelty</td><td>the unfamiliar-network statistic, clipped to [0, 20]</td></tr>
 *   <tr><td>travel.speed</td><td>ln(1 + km/h from the last located activity), 0 when unknown</td></tr>
 *   <tr><td>ip.anonymiser, ip.hosting, ip.knownBad</td><td>the IP's flags</td></tr>
 *   <tr><td>signIn.recentFailures</td><td>ln(1 + failed sign-ins within the hour)</td></tr>
 *   <tr><td>recent.newDevice, recent.securityChange</td><td>1 - hours since / 48, within 48 hours,
 *       else 0</td></tr>
 *   <tr><td>withdrawal.usd</td><td>ln(1 + US dollars)</td></tr>
 *   <tr><td>withdrawal.amountZ</td><td>deviations above the asset's mean, clipped to [0, 20]</td></tr>
 *   <tr><td>withdrawal.balanceShare</td><td>share of the balance, in [0, 1]</td></tr>
 *   <tr><td>withdrawal.newDestination</td><td>1 for an address never withdrawn to</td></tr>
 *   <tr><td>withdrawal.addedHoursAgo</td><td>1 - hours since the address was added / 48, within
 *       48 hours, else 0</td></tr>
 *   <tr><td>withdrawal.whitelisted</td><td>1 for a whitelisted address</td></tr>
 *   <tr><td>withdrawals.lastHour, withdrawals.dayUsd</td><td>ln(1 + withdrawals within the hour),
 *       ln(1 + dollars within the day)</td></tr>
 *   <tr><td>hour.share</td><td>the account's share of sign-ins at this hour of day (UTC)</td></tr>
 * </table>
 */
public final class ModelFeatures {
  public static final List<String> NAMES = FeatureVector.NAMES;
  public static final int COUNT = NAMES.size();

  private ModelFeatures() {}

  public static float[] of(Profile profile, RiskEvent event, EventContext context) {
    return FeatureVector.of(profile, event, context);
  }
}
