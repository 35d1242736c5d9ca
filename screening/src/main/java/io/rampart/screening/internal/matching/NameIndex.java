package io.rampart.screening.internal.matching;

import io.rampart.screening.ListEntry;
import io.rampart.screening.ListedName;
import io.rampart.screening.PartyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name and alias of a set of entries, tokenised and weighed, with an inverted index that
 * finds candidate names for a query in time independent of the list's size: by exact token, by
 * consonant skeleton, by Double Metaphone code, by every spelling one deletion away (which finds
 * single typing errors), and by adjacent tokens written together. Immutable and thread-safe once
 * built; searches use per-thread scratch space.
 */
public final class NameIndex {
  /** Weight of a query token the lists never use: rarer than most, not the rarest. */
  static final float UNKNOWN_WEIGHT = 0.6f;

  private static final float MIN_WORD_WEIGHT = 0.15f;
  private static final float PARTICLE_WEIGHT = 0.08f;
  private static final float LEGAL_FORM_WEIGHT = 0.03f;
  private static final float INITIAL_WEIGHT = 0.1f;

  /** Share of the query's weight a name must reach through the index to be scored at all. */
  private static final float MIN_CANDIDATE_SHARE = 0.45f;

  /** Names scored in full per query, at most. */
  private static final int MAX_CANDIDATES = 200;

  private static final char EXACT = 't';
  private static final char SKELETON = 's';
  private static final char METAPHONE = 'm';
  private static final char DELETION = 'd';
  private static final char FOLDED = 'f';
  private static final char CONSONANTS = 'c';

  private static final float EXACT_STRENGTH = 1f;
  private static final float SOUND_STRENGTH = 0.85f;
  private static final float DELETION_STRENGTH = 0.8f;

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private final List<ListEntry> entries;
  private final IndexedName[] names;
  private final Map<String, Token> dictionary;
  private final PostingMap postings;

  private NameIndex(
      List<ListEntry> entries,
      IndexedName[] names,
      Map<String, Token> dictionary,
      PostingMap postings) {
    this.entries = entries;
    this.names = names;
    this.dictionary = dictionary;
    this.postings = postings;
  }

  public static NameIndex build(List<ListEntry> entries) {
    Map<String, Token> dictionary = new HashMap<>();
    Map<String, Integer> documentFrequency = new HashMap<>();
    List<IndexedName> names = new ArrayList<>(entries.size() * 3);
    List<String[]> tokenTexts = new ArrayList<>(entries.size() * 3);
    for (int e = 0; e < entries.size(); e++) {
      Set<String> seen = new HashSet<>();
      for (ListedName listed : entries.get(e).names()) {
        for (String part : ListedNames.parts(listed.name())) {
          List<String> tokens = NameText.tokens(part);
          if (tokens.isEmpty()) continue;
          boolean arabic = NameText.isArabicScript(part);
          Token[] interned = new Token[tokens.size()];
          for (int i = 0; i < interned.length; i++) {
            interned[i] =
                dictionary.computeIfAbsent(
                    key(tokens.get(i), arabic),
                    k -> new Token(k.substring(k.indexOf(':') + 1), arabic));
            if (seen.add(interned[i].text))
              documentFrequency.merge(interned[i].text, 1, Integer::sum);
          }
          boolean primary = listed.strength() == ListedName.Strength.PRIMARY;
          boolean weak = listed.strength() == ListedName.Strength.WEAK;
          boolean person = entries.get(e).type() == PartyType.PERSON;
          int comma = part.indexOf(',');
          int surnameCount = comma >= 0 ? NameText.tokens(part.substring(0, comma)).size() : 0;
          int middle = person ? middleTokens(surnameCount, comma >= 0, interned.length) : 0;
          int surnames =
              person && surnameCount >= 2 ? (1 << Math.min(surnameCount, interned.length)) - 1 : 0;
          List<int[]> pairs = new ArrayList<>();
          for (int i = 0; i + 1 < interned.length; i++) pairs.add(new int[] {i, i + 1});
          if (comma >= 0 && surnameCount >= 1 && surnameCount < interned.length) {
            pairs.add(new int[] {interned.length - 1, 0});
          }
          Token[] joined = new Token[pairs.size()];
          int[] masks = new int[pairs.size()];
          for (int k = 0; k < joined.length; k++) {
            int[] pair = pairs.get(k);
            joined[k] = joinedToken(interned[pair[0]], interned[pair[1]]);
            masks[k] = (1 << pair[0]) | (1 << pair[1]);
          }
          names.add(
              new IndexedName(e, part, primary, weak, interned, joined, masks, middle, surnames));
        }
      }
    }
    double logN = Math.log(entries.size() + 1.0);
    int nextId = 0;
    for (Token token : dictionary.values()) {
      token.id = nextId++;
      token.weight =
          weightOf(token, documentFrequency.getOrDefault(token.text, 0), logN, entries.size());
    }
    IndexedName[] indexed = names.toArray(IndexedName[]::new);
    PostingMap.Builder postings = new PostingMap.Builder();
    for (int n = 0; n < indexed.length; n++) {
      for (Token t : indexed[n].tokens()) addKeys(postings, t, n);
      for (Token t : indexed[n].joined()) {
        if (t == null) continue;
        postings.add(PostingMap.hash(EXACT, t.text), n);
        postings.add(PostingMap.hash(SKELETON, t.skeleton), n);
        if (!t.folded.equals(t.text)) postings.add(PostingMap.hash(FOLDED, t.folded), n);
      }
    }
    return new NameIndex(List.copyOf(entries), indexed, Map.copyOf(dictionary), postings.build());
  }

  /**
   * The middle names of a person's name: in "SURNAME, Given Middle" the tokens after the first
   * given name; in "Given Middle Surname" those between the first and the last.
   */
  static int middleTokens(int surnames, boolean comma, int count) {
    int mask = 0;
    if (comma) {
      for (int i = surnames + 1; i < count; i++) mask |= 1 << i;
    } else {
      for (int i = 1; i < count - 1; i++) mask |= 1 << i;
    }
    return mask;
  }

  private static float weightOf(Token token, int df, double logN, int n) {
    return switch (token.kind) {
      case LEGAL_FORM -> LEGAL_FORM_WEIGHT;
      case PARTICLE -> PARTICLE_WEIGHT;
      case INITIAL -> INITIAL_WEIGHT;
      case WORD, NUMBER -> {
        if (df <= 0) yield UNKNOWN_WEIGHT;
        double idf = Math.log((n + 1.0) / (df + 0.5));
        yield (float) Math.max(MIN_WORD_WEIGHT, Math.min(1.0, idf / logN));
      }
    };
  }

  /** The dictionary key of a token: its text, marked if it was romanised from Arabic script. */
  private static String key(String text, boolean arabic) {
    return arabic ? "ar:" + text : ":" + text;
  }

  /** Two tokens written as one, or {@code null} if that makes no sense (numbers, too long). */
  static Token joinedToken(Token first, Token second) {
    if (first.kind == Token.Kind.NUMBER || second.kind == Token.Kind.NUMBER) return null;
    String text = first.text + second.text;
    return text.length() <= NameText.MAX_TOKEN_LENGTH ? new Token(text, first.fromArabic) : null;
  }

  private static void addKeys(PostingMap.Builder postings, Token token, int name) {
    postings.add(PostingMap.hash(EXACT, token.text), name);
    if (token.kind != Token.Kind.WORD) return;
    if (token.skeleton.length() >= 2) postings.add(PostingMap.hash(SKELETON, token.skeleton), name);
    if (!token.folded.equals(token.text)) postings.add(PostingMap.hash(FOLDED, token.folded), name);
    if (token.consonants.length() >= 2) {
      postings.add(PostingMap.hash(CONSONANTS, token.consonants), name);
    }
    if (token.metaphone.length() >= 2) {
      postings.add(PostingMap.hash(METAPHONE, token.metaphone), name);
      if (!token.metaphoneAlternate.equals(token.metaphone)) {
        postings.add(PostingMap.hash(METAPHONE, token.metaphoneAlternate), name);
      }
    }
    if (token.text.length() >= 4) {
      StringBuilder deleted = new StringBuilder(token.text.length());
      for (int i = 0; i < token.text.length(); i++) {
        if (i > 0 && token.text.charAt(i) == token.text.charAt(i - 1)) continue;
        deleted.setLength(0);
        deleted.append(token.text, 0, i).append(token.text, i + 1, token.text.length());
        postings.add(PostingMap.hash(DELETION, deleted), name);
      }
      postings.add(PostingMap.hash(DELETION, token.text), name);
    }
  }

  public List<ListEntry> entries() {
    return entries;
  }

  public int nameCount() {
    return names.length;
  }

  /** Approximate heap bytes of the index's own structures (entries excluded). */
  public long approximateBytes() {
    long bytes = postings.bytes() + names.length * 64L;
    for (Token t : dictionary.values())
      bytes += 48L + 4L * (t.text.length() + t.skeleton.length() + 8);
    return bytes;
  }

  /** The query's tokens with their weights: as the index knows them, or defaults. */
  public Token[] queryTokens(String name) {
    List<String> texts = NameText.tokens(name);
    boolean arabic = NameText.isArabicScript(name);
    Token[] tokens = new Token[texts.size()];
    for (int i = 0; i < tokens.length; i++) {
      Token known = dictionary.get(key(texts.get(i), arabic));
      if (known != null) {
        tokens[i] = known;
      } else {
        Token fresh = new Token(texts.get(i), arabic);
        Token sameText = dictionary.get(key(texts.get(i), !arabic));
        if (sameText != null) fresh.weight = sameText.weight;
        else
          fresh.weight =
              switch (fresh.kind) {
                case LEGAL_FORM -> LEGAL_FORM_WEIGHT;
                case PARTICLE -> PARTICLE_WEIGHT;
                case INITIAL -> INITIAL_WEIGHT;
                case WORD, NUMBER -> UNKNOWN_WEIGHT;
              };
        tokens[i] = fresh;
      }
    }
    return tokens;
  }

  /**
   * The best-scoring name of every entry whose best name scores at least {@code minScore}, best
   * first, at most {@code limit}.
   */
  public List<NameMatch> search(Token[] query, float minScore, int limit) {
    if (query.length == 0 || names.length == 0) return List.of();
    Scratch scratch = SCRATCH.get().sizedFor(names.length, entries.size());
    List<NameMatch> matches = new ArrayList<>();
    try {
      Token[] queryJoined = new Token[Math.max(0, query.length - 1)];
      for (int i = 0; i + 1 < query.length; i++)
        queryJoined[i] = joinedToken(query[i], query[i + 1]);
      float queryWeight = 0f;
      for (int i = 0; i < query.length; i++) {
        queryWeight += query[i].weight;
        collect(scratch, query[i], i, queryJoined);
      }
      int[] candidates = scratch.candidates(queryWeight * MIN_CANDIDATE_SHARE, MAX_CANDIDATES);
      NameScorer scorer = scratch.scorer;
      scorer.newQuery(dictionary.size());
      for (int n : candidates) {
        IndexedName name = names[n];
        float score = scorer.score(query, queryJoined, name);
        if (name.weak()) score *= WEAK_ALIAS_FACTOR;
        if (score < minScore) continue;
        int previous = scratch.bestOfEntry(name.entry());
        if (previous >= 0) {
          NameMatch prior = matches.get(previous);
          if (prior.score() >= score) continue;
          matches.set(previous, new NameMatch(entries.get(name.entry()), name, score));
        } else {
          scratch.rememberEntry(name.entry(), matches.size());
          matches.add(new NameMatch(entries.get(name.entry()), name, score));
        }
      }
    } finally {
      scratch.clear();
    }
    matches.sort((a, b) -> Float.compare(b.score(), a.score()));
    return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
  }

  /** A match on a weak alias counts for less than the same match on a strong name. */
  public static final float WEAK_ALIAS_FACTOR = 0.9f;

  /** Explains a match token by token, for the hit's reasons. */
  public String explain(Token[] query, NameMatch match) {
    NameScorer scorer = SCRATCH.get().scorer;
    scorer.newQuery(dictionary.size());
    Token[] queryJoined = new Token[Math.max(0, query.length - 1)];
    for (int i = 0; i + 1 < query.length; i++) queryJoined[i] = joinedToken(query[i], query[i + 1]);
    scorer.score(query, queryJoined, match.name());
    return Explanation.of(query, match.name().tokens(), scorer);
  }

  private void collect(Scratch scratch, Token token, int position, Token[] queryJoined) {
    scratch.startToken();
    scratch.hit(postings.get(PostingMap.hash(EXACT, token.text)), EXACT_STRENGTH);
    if (token.kind == Token.Kind.WORD) {
      if (token.skeleton.length() >= 2) {
        scratch.hit(postings.get(PostingMap.hash(SKELETON, token.skeleton)), SOUND_STRENGTH);
      }
      scratch.hit(postings.get(PostingMap.hash(FOLDED, token.folded)), SOUND_STRENGTH);
      if (token.consonants.length() >= 2 && TokenSimilarity.vowelPoor(token)) {
        scratch.hit(postings.get(PostingMap.hash(CONSONANTS, token.consonants)), SOUND_STRENGTH);
      }
      scratch.hit(postings.get(PostingMap.hash(EXACT, token.folded)), SOUND_STRENGTH);
      if (token.metaphone.length() >= 2) {
        scratch.hit(postings.get(PostingMap.hash(METAPHONE, token.metaphone)), SOUND_STRENGTH);
        if (!token.metaphoneAlternate.equals(token.metaphone)) {
          scratch.hit(
              postings.get(PostingMap.hash(METAPHONE, token.metaphoneAlternate)), SOUND_STRENGTH);
        }
      }
      if (token.text.length() >= 3) {
        StringBuilder deleted = new StringBuilder(token.text.length());
        scratch.hit(postings.get(PostingMap.hash(DELETION, token.text)), DELETION_STRENGTH);
        for (int i = 0; i < token.text.length(); i++) {
          if (i > 0 && token.text.charAt(i) == token.text.charAt(i - 1)) continue;
          deleted.setLength(0);
          deleted.append(token.text, 0, i).append(token.text, i + 1, token.text.length());
          scratch.hit(postings.get(PostingMap.hash(DELETION, deleted)), DELETION_STRENGTH);
          scratch.hit(postings.get(PostingMap.hash(EXACT, deleted)), DELETION_STRENGTH);
        }
      }
    }
    if (position < queryJoined.length && queryJoined[position] != null) {
      Token joined = queryJoined[position];
      scratch.hit(postings.get(PostingMap.hash(EXACT, joined.text)), EXACT_STRENGTH);
      if (joined.skeleton.length() >= 2) {
        scratch.hit(postings.get(PostingMap.hash(SKELETON, joined.skeleton)), SOUND_STRENGTH);
      }
    }
    scratch.endToken(token.weight);
  }

  /** Per-thread working arrays, grown to the largest index seen. */
  private static final class Scratch {
    final NameScorer scorer = new NameScorer();
    float[] accumulated = new float[0];
    float[] tokenBest = new float[0];
    int[] touched = new int[0];
    int touchedCount;
    int[] tokenTouched = new int[0];
    int tokenTouchedCount;
    int[] entryMatch = new int[0];
    int[] entriesSeen = new int[0];
    int entriesSeenCount;

    Scratch sizedFor(int names, int entries) {
      if (accumulated.length < names) {
        accumulated = new float[names];
        tokenBest = new float[names];
        touched = new int[names];
        tokenTouched = new int[names];
      }
      if (entryMatch.length < entries) {
        entryMatch = new int[entries];
        Arrays.fill(entryMatch, -1);
        entriesSeen = new int[entries];
      }
      touchedCount = 0;
      return this;
    }

    void startToken() {
      tokenTouchedCount = 0;
    }

    void hit(int[] ids, float strength) {
      for (int id : ids) {
        float before = tokenBest[id];
        if (before == 0f) tokenTouched[tokenTouchedCount++] = id;
        if (strength > before) tokenBest[id] = strength;
      }
    }

    void endToken(float weight) {
      for (int k = 0; k < tokenTouchedCount; k++) {
        int id = tokenTouched[k];
        if (accumulated[id] == 0f) touched[touchedCount++] = id;
        accumulated[id] += tokenBest[id] * Math.max(weight, 0.01f);
        tokenBest[id] = 0f;
      }
    }

    /** The names that reached {@code floor}, the strongest first, at most {@code limit}; resets. */
    int[] candidates(float floor, int limit) {
      int kept = 0;
      int[] ids = new int[touchedCount];
      for (int k = 0; k < touchedCount; k++) {
        int id = touched[k];
        if (accumulated[id] >= floor) ids[kept++] = id;
      }
      int[] result;
      if (kept > limit) {
        long[] ranked = new long[kept];
        for (int k = 0; k < kept; k++) {
          ranked[k] = ((long) Float.floatToIntBits(accumulated[ids[k]]) << 32) | ids[k];
        }
        Arrays.sort(ranked);
        result = new int[limit];
        for (int k = 0; k < limit; k++) result[k] = (int) ranked[kept - 1 - k];
      } else {
        result = Arrays.copyOf(ids, kept);
      }
      for (int k = 0; k < touchedCount; k++) accumulated[touched[k]] = 0f;
      touchedCount = 0;
      return result;
    }

    int bestOfEntry(int entry) {
      return entryMatch[entry];
    }

    void rememberEntry(int entry, int position) {
      entryMatch[entry] = position;
      entriesSeen[entriesSeenCount++] = entry;
    }

    /** Leaves nothing of a search behind, even one that failed half-way. */
    void clear() {
      for (int k = 0; k < touchedCount; k++) accumulated[touched[k]] = 0f;
      touchedCount = 0;
      for (int k = 0; k < tokenTouchedCount; k++) tokenBest[tokenTouched[k]] = 0f;
      tokenTouchedCount = 0;
      forgetEntries();
    }

    void forgetEntries() {
      for (int k = 0; k < entriesSeenCount; k++) entryMatch[entriesSeen[k]] = -1;
      entriesSeenCount = 0;
    }
  }
}
