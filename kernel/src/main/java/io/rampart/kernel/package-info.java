/**
 * Rampart's shared vocabulary.
 *
 * <p><b>Owns:</b> typed identifiers, the reason-code catalogue, error categories, and the ports
 * every capability needs for time, identifiers and transactions.<br>
 * <b>Exposes:</b> {@link io.rampart.kernel.AccountId}, {@link io.rampart.kernel.SessionId}, {@link
 * io.rampart.kernel.ReasonCode}, {@link io.rampart.kernel.ErrorCategory}, {@link
 * io.rampart.kernel.RequestOrigin}, {@link io.rampart.kernel.IdGenerator}, {@link
 * io.rampart.kernel.TransactionRunner}.<br>
 * <b>May use:</b> the JDK only.<br>
 * <b>Must not:</b> hold behaviour of any capability; it is not a utility module.
 *
 * <p>Time is {@link java.time.Clock}, injected everywhere; no code outside the composition root
 * reads the system clock directly. Tests move time with {@code MutableClock}, published in kernel's
 * test-jar.
 */
package io.rampart.kernel;
