package io.rampart.screening.internal.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a name as lists write it into the names it holds: "A ; B" is two names, and a name with a
 * parenthesis ("BUTEMBO AIRLINES (BAL)", "SANTOS, Ahmad (Ahmed)") is matched both without it and
 * with its content as part of the name. The content alone is not a name: "(USA)", "(PVT)" and
 * "(HK)" qualify a name, they do not stand for it.
 */
final class ListedNames {
  private ListedNames() {}

  static List<String> parts(String name) {
    List<String> parts = new ArrayList<>(2);
    for (String piece : name.split(";")) {
      String outside = piece.replaceAll("\\([^)]*\\)", " ").strip();
      if (!outside.isEmpty()) parts.add(outside);
      String inline = piece.replace('(', ' ').replace(')', ' ').strip();
      if (!inline.equals(outside) && !inline.isEmpty()) parts.add(inline);
    }
    return parts;
  }
}
