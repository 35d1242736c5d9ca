package io.rampart.screening.internal.matching;

/**
 * Scores one query against one listed name: assigns query tokens to the name's tokens (one to one,
 * or one to two adjacent tokens where a name part is written joined on one side and split on the
 * other), best pairs first, then measures how much of each side the assignment covers, weighing
 * each token by its evidence. Token order does not matter. Not thread-safe: one instance per
 * thread, reused across calls.
 */
final class NameScorer {
  /** A listed token at least this heavy, matched at least this well, makes a name distinctive. */
  static final float DISTINCTIVE_WEIGHT = 0.3f;

  static final float DISTINCTIVE_SIMILARITY = 0.85f;

  /** The most a name scores when only weak tokens (particles, legal forms, common words) match. */
  static final float WITHOUT_DISTINCTIVE_TOKEN = 0.5f;

  /**
   * A middle name or patronymic left out on either side, or one of several surnames when another
   * matched, counts this much of its weight as missing: customers often give fewer middle names and
   * surnames than lists do, or more.
   */
  static final float MIDDLE_NAME_FACTOR = 0.4f;

  /**
   * A name of one word (HAMAS, DIONA, an alias such as NCG) matched only approximately scores the
   * cube of its similarity, unless the word is at least this long and one typing error or a
   * romanisation away: short single words look alike by chance.
   */
  static final int SINGLE_WORD_MIN_LENGTH = 6;

  /** One of several surnames left out while another matched counts this much as missing. */
  static final float OTHER_SURNAME_FACTOR = 0.6f;

  /** A joined or split pair must match at least this well to count. */
  private static final float MIN_JOINED = 0.88f;

  private static final int MAX_OPTIONS = 512;

  /** Similarities of query tokens to dictionary tokens, remembered for the current query. */
  private float[][] cached = new float[NameText.MAX_TOKENS][0];

  private int[][] cachedStamp = new int[NameText.MAX_TOKENS][0];
  private int stamp;

  /** Starts a new query over an index of {@code dictionarySize} tokens. */
  void newQuery(int dictionarySize) {
    if (cached[0].length < dictionarySize) {
      for (int i = 0; i < cached.length; i++) {
        cached[i] = new float[dictionarySize];
        cachedStamp[i] = new int[dictionarySize];
      }
      stamp = 0;
    }
    stamp++;
    if (stamp == Integer.MAX_VALUE) {
      for (int[] s : cachedStamp) java.util.Arrays.fill(s, 0);
      stamp = 1;
    }
  }

  private float similarity(Token[] query, int i, Token listed) {
    int id = listed.id;
    if (id < 0 || id >= cached[i].length) return TokenSimilarity.of(query[i], listed);
    if (cachedStamp[i][id] == stamp) return cached[i][id];
    float s = TokenSimilarity.of(query[i], listed);
    cached[i][id] = s;
    cachedStamp[i][id] = stamp;
    return s;
  }

  private final int[] optionRows = new int[MAX_OPTIONS];
  private final int[] optionCols = new int[MAX_OPTIONS];
  private final float[] optionSimilarity = new float[MAX_OPTIONS];
  private final float[] optionWeight = new float[MAX_OPTIONS];
  private final boolean[] optionTaken = new boolean[MAX_OPTIONS];

  /** The pairs of the last call's assignment, for reasons. */
  final int[] pairRows = new int[NameText.MAX_TOKENS];

  final int[] pairCols = new int[NameText.MAX_TOKENS];
  final float[] pairSimilarity = new float[NameText.MAX_TOKENS];
  int pairs;

  /**
   * @param query the query's tokens
   * @param queryJoined {@code queryJoined[i]} is tokens {@code i} and {@code i + 1} written as one
   * @param name the listed name
   * @return 0 to 1
   */
  float score(Token[] query, Token[] queryJoined, IndexedName name) {
    Token[] listed = name.tokens();
    int options = 0;
    for (int i = 0; i < query.length; i++) {
      for (int j = 0; j < listed.length; j++) {
        float s = similarity(query, i, listed[j]);
        if (s > 0f && options < MAX_OPTIONS) {
          options = add(options, 1 << i, 1 << j, s, listed[j].weight);
        }
      }
    }
    Token[] joined = name.joined();
    int[] masks = name.joinedMasks();
    for (int i = 0; i < query.length; i++) {
      for (int k = 0; k < joined.length; k++) {
        if (plausiblyJoined(query[i], joined[k]) && options < MAX_OPTIONS) {
          float s = TokenSimilarity.joined(query[i], joined[k]);
          if (s >= MIN_JOINED)
            options = add(options, 1 << i, masks[k], s, weightOf(listed, masks[k]));
        }
      }
    }
    for (int i = 0; i + 1 < query.length; i++) {
      for (int j = 0; j < listed.length; j++) {
        if (plausiblyJoined(listed[j], queryJoined[i]) && options < MAX_OPTIONS) {
          float s = TokenSimilarity.joined(listed[j], queryJoined[i]);
          if (s >= MIN_JOINED) options = add(options, 3 << i, 1 << j, s, listed[j].weight);
        }
      }
    }
    return assign(options, query, name);
  }

  private static float weightOf(Token[] tokens, int mask) {
    float w = 0f;
    for (int j = 0; j < tokens.length; j++) if ((mask & (1 << j)) != 0) w += tokens[j].weight;
    return w;
  }

  private static boolean plausiblyJoined(Token single, Token joined) {
    return joined != null
        && single.kind == Token.Kind.WORD
        && Math.abs(single.text.length() - joined.text.length()) <= 2;
  }

  private int add(int options, int rows, int cols, float similarity, float weight) {
    optionRows[options] = rows;
    optionCols[options] = cols;
    optionSimilarity[options] = similarity;
    optionWeight[options] = weight;
    optionTaken[options] = false;
    return options + 1;
  }

  /** Greedy assignment, the most valuable pair (similarity times weight) first. */
  private float assign(int options, Token[] query, IndexedName name) {
    int usedRows = 0;
    int usedCols = 0;
    float matched = 0f;
    float matchedListedWeight = 0f;
    boolean distinctive = false;
    pairs = 0;
    while (true) {
      int best = -1;
      float bestValue = 0f;
      for (int k = 0; k < options; k++) {
        if (optionTaken[k] || (optionRows[k] & usedRows) != 0 || (optionCols[k] & usedCols) != 0) {
          continue;
        }
        float value = optionSimilarity[k] * optionSimilarity[k] * (optionWeight[k] + 0.01f);
        if (value > bestValue) {
          bestValue = value;
          best = k;
        }
      }
      if (best < 0) break;
      optionTaken[best] = true;
      usedRows |= optionRows[best];
      usedCols |= optionCols[best];
      float s = optionSimilarity[best];
      matched += s * optionWeight[best];
      matchedListedWeight += optionWeight[best];
      if (s >= DISTINCTIVE_SIMILARITY && optionWeight[best] >= DISTINCTIVE_WEIGHT) {
        distinctive = true;
      }
      if (pairs < pairRows.length) {
        pairRows[pairs] = optionRows[best];
        pairCols[pairs] = optionCols[best];
        pairSimilarity[pairs] = s;
        pairs++;
      }
    }
    float unmatchedQuery = 0f;
    for (int i = 0; i < query.length; i++) {
      if ((usedRows & (1 << i)) == 0) {
        boolean middle = i > 0 && i < query.length - 1;
        unmatchedQuery += query[i].weight * (middle ? MIDDLE_NAME_FACTOR : 1f);
      }
    }
    Token[] listed = name.tokens();
    boolean surnameMatched = name.surnames() != 0 && (usedCols & name.surnames()) != 0;
    float unmatchedListed = 0f;
    int words = 0;
    for (int j = 0; j < listed.length; j++) {
      if (listed[j].kind == Token.Kind.WORD) words++;
      if ((usedCols & (1 << j)) == 0) {
        float factor = 1f;
        if ((name.middle() & (1 << j)) != 0) factor = MIDDLE_NAME_FACTOR;
        else if (surnameMatched && (name.surnames() & (1 << j)) != 0) factor = OTHER_SURNAME_FACTOR;
        unmatchedListed += listed[j].weight * factor;
      }
    }
    if (matched <= 0f) return 0f;
    float listedCoverage = matched / (matchedListedWeight + unmatchedListed);
    float queryCoverage = matched / (matchedListedWeight + unmatchedQuery);
    float score = Scoring.combine(queryCoverage, listedCoverage);
    if (words == 1 && pairs > 0) {
      float s = 0f;
      int longest = 0;
      for (int p = 0; p < pairs; p++) {
        s = Math.max(s, pairSimilarity[p]);
        for (int j = 0; j < listed.length; j++) {
          if ((pairCols[p] & (1 << j)) != 0) longest = Math.max(longest, listed[j].text.length());
        }
      }
      if (s < 1f && (s < TokenSimilarity.ONE_EDIT || longest < SINGLE_WORD_MIN_LENGTH)) {
        score = Math.min(score, s * s * s);
      }
    }
    return distinctive ? score : Math.min(score, WITHOUT_DISTINCTIVE_TOKEN);
  }
}
