package io.rampart.screening.internal.matching;

/**
 * One listed name (primary or alias) of one entry, tokenised.
 *
 * @param entry the entry's position in the index
 * @param weak whether the list calls this alias weak or low quality
 */
record IndexedName(
    int entry,
    String text,
    boolean primary,
    boolean weak,
    Token[] tokens,
    Token[] joined,
    float totalWeight) {}
