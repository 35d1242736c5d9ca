package io.rampart.server.security;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.SessionId;

/**
 * The authenticated caller of an account endpoint: whose session, which session.
 *
 * @param viaCookie whether the token came in the session cookie (rather than a bearer header)
 */
public record CallerSession(AccountId account, SessionId session, boolean viaCookie) {}
