package io.rampart.screening.internal.matching;

/**
 * One listed name (primary or alias) of one entry, tokenised.
 *
 * @param entry the entry's position in the index
 * @param weak whether the list calls this alias weak or low quality
 * @param joined tokens written together: two tokens next to each other in the list's order, and for
 *     "SURNAME, Given" names also the last given name with the first surname, as a customer writing
 *     "Given Surname" would join them
 * @param joinedMasks {@code joinedMasks[k]} has the bits of the two tokens {@code joined[k]} joins
 * @param middle bit {@code i} set if token {@code i} is a middle name or patronymic: leaving it out
 *     costs less than leaving out a given name or a surname
 * @param surnames bits of the surnames of a "SURNAME SURNAME, Given" name with two or more: as long
 *     as one of them matches, leaving out the others costs less
 */
record IndexedName(
    int entry,
    String text,
    boolean primary,
    boolean weak,
    Token[] tokens,
    Token[] joined,
    int[] joinedMasks,
    int middle,
    int surnames) {}
