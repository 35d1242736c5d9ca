package io.rampart.bench;

import io.rampart.audit.Actor;
import io.rampart.screening.ChainAnalytics;
import io.rampart.screening.ListEntry;
import io.rampart.screening.NameHit;
import io.rampart.screening.NameQuery;
import io.rampart.screening.NameScreening;
import io.rampart.screening.PartyType;
import io.rampart.screening.ReloadReport;
import io.rampart.screening.Screening;
import io.rampart.screening.ScreeningFixture;
import io.rampart.screening.ScreeningOutcome;
import io.rampart.screening.ScreeningSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Measures name screening on the labelled set of {@link LabelledNames} over the real OFAC and UN
 * lists: recall per kind of variation, the share of common names that are not listed yet produce a
 * hit, and how the threshold trades one for the other. Prints Markdown for docs/screening.md, and
 * the misses at the default threshold to stderr.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.rampart.bench.ScreeningQuality \
 *     [--lists ../shared/data/sanctions] [--entries 2000] [--negatives 8000] [--seed 20261203]
 *     [--show 0.82]   (the threshold misses and false hits are listed for; the default's)
 * </pre>
 */
public final class ScreeningQuality {
  private static final double[] THRESHOLDS = {0.70, 0.75, 0.78, 0.80, 0.82, 0.85, 0.88, 0.90, 0.95};

  private ScreeningQuality() {}

  public static void main(String[] args) {
    Path lists = null;
    int entries = 2000;
    int negatives = 8000;
    long seed = 20261203L;
    double show = Double.NaN;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--lists" -> lists = Path.of(args[i + 1]);
        case "--entries" -> entries = Integer.parseInt(args[i + 1]);
        case "--negatives" -> negatives = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--show" -> show = Double.parseDouble(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path dir =
        lists != null
            ? lists
            : ScreeningFixture.realLists()
                .orElseThrow(
                    () ->
                        new IllegalStateException("no shared/data/sanctions found; give --lists"));
    ScreeningSettings defaults = ScreeningSettings.defaults();
    ScreeningSettings settings =
        new ScreeningSettings(
            defaults.threshold(),
            100,
            defaults.maxNameLength(),
            defaults.minRetainedShare(),
            defaults.reviewRisk(),
            defaults.maxDocumentBytes());
    Screening screening = new ScreeningFixture(settings, ChainAnalytics.NONE).screening;
    ReloadReport report =
        screening.reload(ScreeningFixture.realSources(dir), Actor.SYSTEM, null).orElseThrow();
    if (report.anyRefused()) throw new IllegalStateException("lists refused: " + report);

    List<ListEntry> pool = new ArrayList<>();
    for (String list : List.of("ofac-sdn", "un")) {
      for (ListEntry e : screening.entries(list)) {
        if (e.type() == PartyType.PERSON || e.type() == PartyType.ORGANISATION) pool.add(e);
      }
    }
    Collections.shuffle(pool, new Random(seed));
    LabelledNames generator = new LabelledNames(seed);
    List<LabelledNames.Positive> positives = new ArrayList<>();
    List<ListEntry> sampled = pool.subList(0, Math.min(entries, pool.size()));
    for (ListEntry e : sampled) positives.addAll(generator.positives(e));
    for (ListEntry e : pool.subList(sampled.size(), pool.size())) {
      String arabic = LabelledNames.arabicOriginal(e);
      if (arabic != null) {
        positives.add(
            new LabelledNames.Positive(
                LabelledNames.Variant.OUT_OF_ARABIC,
                Scripts.fromArabic(arabic),
                e.list(),
                e.entryId(),
                arabic));
      }
    }
    List<String> negativeNames = generator.negatives(negatives);

    double shown = Double.isNaN(show) ? defaults.threshold() : show;
    Map<LabelledNames.Variant, List<Double>> scores = new EnumMap<>(LabelledNames.Variant.class);
    List<String> misses = new ArrayList<>();
    long started = System.nanoTime();
    for (LabelledNames.Positive p : positives) {
      double score = 0;
      NameScreening result = screen(screening, p.query());
      if (result != null) {
        for (NameHit h : result.hits()) {
          if (h.list().equals(p.list()) && h.entryId().equals(p.entryId()))
            score = Math.max(score, h.score());
        }
      }
      scores.computeIfAbsent(p.variant(), k -> new ArrayList<>()).add(score);
      if (score < shown) {
        misses.add(
            String.format(
                Locale.ROOT,
                "MISS %-16s %.3f %s  <-  %s [%s/%s]",
                p.variant(),
                score,
                p.query(),
                p.source(),
                p.list(),
                p.entryId()));
      }
    }
    List<Double> negativeScores = new ArrayList<>();
    int identical = 0;
    int spellingVariants = 0;
    List<String> falseHits = new ArrayList<>();
    for (String name : negativeNames) {
      NameScreening result = screen(screening, name);
      NameHit top = result == null || result.hits().isEmpty() ? null : result.hits().getFirst();
      String detail = top == null ? "" : top.reasons().getFirst().detail();
      boolean allPaired =
          top != null && !detail.contains("not given") && !detail.contains("not listed");
      if (allPaired && !detail.contains("~")) {
        identical++;
        continue;
      }
      double score = top == null ? 0 : top.score();
      negativeScores.add(score);
      if (score >= shown) {
        if (allPaired) spellingVariants++;
        falseHits.add(
            String.format(
                Locale.ROOT,
                "FALSE %.3f %s  ->  %s [%s] %s",
                score,
                name,
                top.matchedName(),
                top.entryId(),
                detail));
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    int totalPositives = positives.size();
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "Lists: %s. Labelled set: %d positives from %d sampled entries (and every other entry with an"
                + " Arabic original, out of Arabic), %d negatives (%d common names"
                + " left out because a list holds exactly that name). Seed %d. %d screenings in %.1f s.%n%n",
            versions(screening),
            totalPositives,
            Math.min(entries, pool.size()),
            negativeScores.size(),
            identical,
            seed,
            totalPositives + negativeNames.size(),
            seconds));
    md.append("| threshold | recall | false-positive rate |\n|---|---|---|\n");
    List<Double> all = new ArrayList<>();
    scores.values().forEach(all::addAll);
    for (double t : THRESHOLDS) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %.2f%s | %s | %s |%n",
              t,
              Math.abs(t - defaults.threshold()) < 1e-9 ? " (default)" : "",
              percent(share(all, t)),
              percent(share(negativeScores, t))));
    }
    md.append("\n| variation | cases | recall at the default threshold |\n|---|---|---|\n");
    for (var e : scores.entrySet()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %s |%n",
              e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '),
              e.getValue().size(),
              percent(share(e.getValue(), defaults.threshold()))));
    }
    md.append(
        String.format(
            Locale.ROOT,
            "%nOf the %d negatives that hit at the default threshold, %d pair every token with a listed name's"
                + " (a spelling variant of a listed name).%n",
            falseHits.size(),
            spellingVariants));
    System.out.print(md);
    misses.forEach(System.err::println);
    falseHits.forEach(System.err::println);
  }

  private static NameScreening screen(Screening screening, String name) {
    return screening.screenName(NameQuery.of(name), 0.5)
            instanceof ScreeningOutcome.Screened<NameScreening> s
        ? s.result()
        : null;
  }

  private static double share(List<Double> scores, double threshold) {
    if (scores.isEmpty()) return 0;
    long n = scores.stream().filter(s -> s + 1e-9 >= threshold).count();
    return (double) n / scores.size();
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.2f%%", share * 100);
  }

  private static String versions(Screening screening) {
    List<String> v = new ArrayList<>();
    for (var l : screening.lists()) {
      if (l.list().startsWith("addresses-")) continue;
      v.add(l.list() + " " + l.version() + " (" + l.entries() + " entries)");
    }
    return String.join(", ", v);
  }
}
