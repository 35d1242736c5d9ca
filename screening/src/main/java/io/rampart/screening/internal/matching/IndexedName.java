package io.rampart.screening.internal.matching;

/**
 * One listed name (primary or alias) of one entry, tokenised.
 *
 * @param entry the entry's position in the index
 * @param weak whether the list calls this alias weak or low quality
 * @param middle bit {@code i} set if token {@code i} is a middle name or patronymic: leaving it out
 *     costs less than leaving out a given name or a surname
 */
record IndexedName(
    int entry,
    String text,
    boolean primary,
    boolean weak,
    Token[] tokens,
    Token[] joined,
    int middle) {}
