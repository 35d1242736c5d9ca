/**
 * The screening use cases behind {@link io.rampart.screening.Screening}: list loading and the
 * atomic index swap ({@code Reloader}), name and address screening, alerts and rescreening. {@code
 * lists} reads the list formats, {@code matching} tokenises, weighs, indexes and scores names,
 * {@code address} knows address formats and checksums. Nothing here is part of the contract.
 */
package io.rampart.screening.internal;
