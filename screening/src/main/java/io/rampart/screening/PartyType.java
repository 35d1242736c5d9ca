package io.rampart.screening;

/** What kind of party a name belongs to. */
public enum PartyType {
  PERSON,
  ORGANISATION,
  VESSEL,
  AIRCRAFT,
  /** Not stated. */
  UNKNOWN
}
