/**
 * Accounts, passwords, sign-in and sessions.
 *
 * <p><b>Owns:</b> accounts and their e-mail verification, the password policy and password hashes,
 * sign-in with brute-force throttling, sessions with idle and absolute expiry, known devices;
 * service keys, with which backend systems call Rampart.<br>
 * <b>Exposes:</b> the facade {@link io.rampart.identity.Identity}; its commands, records and sealed
 * outcomes; the ports it needs ({@link io.rampart.identity.AccountRepository}, {@link
 * io.rampart.identity.SessionRepository}, {@link io.rampart.identity.EmailVerificationRepository},
 * {@link io.rampart.identity.SignInHistory}, {@link io.rampart.identity.ThrottleStore}, {@link
 * io.rampart.identity.PasswordHasher}, {@link io.rampart.identity.ServiceKeyRepository}); {@link
 * io.rampart.identity.IdentitySettings}; and the service-key facade {@link
 * io.rampart.identity.ServiceKeys}.<br>
 * <b>May use:</b> kernel; the public packages of audit and notification; argon2-jvm, zxcvbn.<br>
 * <b>Must not:</b> use Spring, JDBC, HTTP, Kafka or Jackson; let a password, token or code reach a
 * log, an exception message, an audit record or a {@code toString}.
 *
 * <p>Every state change commits in one transaction with its audit record and any notice it sends.
 */
package io.rampart.identity;
