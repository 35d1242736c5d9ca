/**
 * The identity use cases behind {@link io.rampart.identity.Identity}: one class per use case, the
 * password policy, Argon2id hashing behind a bounded limiter, and sign-in throttling. Nothing here
 * is part of the contract; classes are package-private unless the facade must reach them.
 */
package io.rampart.identity.internal;
