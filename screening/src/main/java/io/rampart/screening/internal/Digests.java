package io.rampart.screening.internal;

import io.rampart.screening.BirthDate;
import io.rampart.screening.ListEntry;
import io.rampart.screening.ListedAddress;
import io.rampart.screening.ListedName;
import io.rampart.screening.NameQuery;
import io.rampart.screening.internal.matching.NameText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * Digests that tell whether an entry or a customer's data changed: SHA-256 over a canonical text
 * form, first 16 bytes in hex. A customer's name is digested as compared (tokens), so a change of
 * case or spacing is not a change of data.
 */
public final class Digests {
  private Digests() {}

  public static String of(ListEntry e) {
    StringBuilder s = new StringBuilder(256);
    s.append(e.type()).append('\n');
    for (ListedName n : e.names()) s.append(n.strength()).append(':').append(n.name()).append('\n');
    for (BirthDate b : e.birthDates()) s.append("dob:").append(b).append('\n');
    s.append("nat:").append(new TreeSet<>(e.nationalities())).append('\n');
    s.append("ctry:").append(new TreeSet<>(e.countries())).append('\n');
    s.append("prog:").append(e.programs()).append('\n');
    for (ListedAddress a : e.addresses())
      s.append("addr:").append(a.asset()).append(':').append(a.address()).append('\n');
    return sha256(s.toString());
  }

  public static String of(NameQuery q) {
    return sha256(
        String.join(" ", NameText.tokens(q.name()))
            + '\n'
            + q.type()
            + '\n'
            + q.birthDate()
            + '\n'
            + q.nationality()
            + '\n'
            + q.country());
  }

  public static String ofAddress(String asset, String canonicalAddress) {
    return sha256("address\n" + asset + '\n' + canonicalAddress);
  }

  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes), 0, 16);
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
