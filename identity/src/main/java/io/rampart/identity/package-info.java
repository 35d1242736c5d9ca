/**
 * Accounts, passwords, sign-in, sessions, second factors, trusted devices and step-up.
 *
 * <p><b>Owns:</b> accounts and their e-mail verification, the password policy and password hashes,
 * sign-in with brute-force throttling, sessions with idle and absolute expiry, known devices;
 * second factors (authenticator apps, passkeys, e-mailed codes, recovery codes) and their
 * challenges, trusted devices, the action catalogue and step-up elevations, and withdrawal locks
 * after security changes; service keys, with which backend systems call Rampart.<br>
 * <b>Exposes:</b> the facade {@link io.rampart.identity.Identity}; its commands, records and sealed
 * outcomes; the ports it needs ({@link io.rampart.identity.AccountRepository}, {@link
 * io.rampart.identity.SessionRepository}, {@link io.rampart.identity.EmailVerificationRepository},
 * {@link io.rampart.identity.SignInHistory}, {@link io.rampart.identity.ThrottleStore}, {@link
 * io.rampart.identity.PasswordHasher}, {@link io.rampart.identity.SignInRisk}, and in {@link
 * io.rampart.identity.MfaPorts} the stores of factors, challenges, trusted devices, elevations and
 * withdrawal locks); {@link io.rampart.identity.PhoneCodeSender}, a port for SMS and voice codes
 * that nothing implements or enables; the port it offers the withdrawal check, {@link
 * io.rampart.identity.WithdrawalLocks}; and {@link io.rampart.identity.IdentitySettings} and {@link
 * io.rampart.identity.MfaSettings}; the service-key facade {@link io.rampart.identity.ServiceKeys}
 * and its port {@link io.rampart.identity.ServiceKeyRepository}.<br>
 * <b>May use:</b> kernel; the public packages of audit and notification; argon2-jvm, zxcvbn,
 * java-otp (RFC 6238), ZXing core (QR codes), webauthn4j (passkeys; its own JSON and CBOR reading
 * stays inside it), Commons Codec (base32).<br>
 * <b>Must not:</b> use Spring, JDBC, HTTP, Kafka or Jackson; let a password, token, code, seed or
 * recovery code reach a log, an exception message, an audit record or a {@code toString}; trust a
 * caller to enforce single use (the stores' contracts do) or a step-up (each use case checks the
 * elevation the action catalogue asks for).
 *
 * <p>Every state change commits in one transaction with its audit record and any notice it sends.
 * SMS and voice codes are deliberately not enabled: SIM swaps and SS7 interception make them the
 * weakest second factor (NIST SP 800-63B restricts them), and an exchange's accounts are worth a
 * SIM swap.
 */
package io.rampart.identity;
