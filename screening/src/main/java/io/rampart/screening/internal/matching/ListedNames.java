package io.rampart.screening.internal.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a name as lists write it into the names it holds: "A ; B" is two names, and "BUTEMBO
 * AIRLINES (BAL)" is both the name and its abbreviation.
 */
final class ListedNames {
  private ListedNames() {}

  static List<String> parts(String name) {
    List<String> parts = new ArrayList<>(2);
    for (String piece : name.split(";")) {
      String outside = piece.replaceAll("\\([^)]*\\)", " ").strip();
      if (!outside.isEmpty()) parts.add(outside);
      int open = piece.indexOf('(');
      while (open >= 0) {
        int close = piece.indexOf(')', open);
        if (close < 0) break;
        String inside = piece.substring(open + 1, close).strip();
        if (!inside.isEmpty() && !inside.equals(outside)) parts.add(inside);
        open = piece.indexOf('(', close);
      }
    }
    return parts;
  }
}
