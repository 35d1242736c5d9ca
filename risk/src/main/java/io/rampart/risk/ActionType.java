package io.rampart.risk;

/** What an event asks to do; the policy maps scores to decisions per action type. */
public enum ActionType {
  SIGN_IN,
  SESSION,
  WITHDRAWAL,
  DEPOSIT,
  ADDRESS_CHANGE,
  SECURITY_CHANGE,
  API_KEY_USE
}
