package io.rampart.notification.internal;

import io.rampart.notification.NoticeKind;

/**
 * What each notice says. Short, plain and calm: say what happened, then what to do if it was not
 * the reader. Every template may use {@code {product}}; the other placeholders are the values
 * {@link NoticeKind} lists.
 */
final class NoticeTemplates {
  private NoticeTemplates() {}

  static NoticeTemplate of(NoticeKind kind) {
    return switch (kind) {
      case EMAIL_VERIFICATION -> EMAIL_VERIFICATION;
      case REGISTRATION_ATTEMPT -> REGISTRATION_ATTEMPT;
      case REGISTRATION_PENDING -> REGISTRATION_PENDING;
      case NEW_SIGN_IN -> NEW_SIGN_IN;
      case UNUSUAL_SIGN_IN -> UNUSUAL_SIGN_IN;
      case PASSWORD_CHANGED -> PASSWORD_CHANGED;
    };
  }

  private static final NoticeTemplate EMAIL_VERIFICATION =
      new NoticeTemplate(
          "Confirm your e-mail address for {product}",
          """
          Hello,

          Please confirm your e-mail address to finish creating your {product} account:

          {link}

          The link works once and expires at {expiresAt}.

          If you did not sign up for {product}, you can ignore this message.

          The {product} team
          """);

  private static final NoticeTemplate REGISTRATION_ATTEMPT =
      new NoticeTemplate(
          "Someone tried to sign up to {product} with your address",
          """
          Hello,

          Someone just tried to sign up to {product} with this e-mail address, \
          which already has an account.

          If it was you, sign in to your existing account instead. If you have forgotten \
          your password, contact {product} support.

          If it was not you, there is nothing to do: your account has not changed.

          The {product} team
          """);

  private static final NoticeTemplate REGISTRATION_PENDING =
      new NoticeTemplate(
          "Someone tried to sign up to {product} with your address",
          """
          Hello,

          Someone just tried to sign up to {product} with this e-mail address. An account \
          with this address is already waiting for its address to be confirmed: a \
          confirmation link was sent here earlier, and it expires at {expiresAt}.

          If you started that sign-up, use the link in the earlier message. If you no longer \
          have it, or did not start that sign-up, you can sign up again with this address \
          after {expiresAt}: the unconfirmed account will then take your new password.

          Nobody can use the account until the address is confirmed from this mailbox.

          The {product} team
          """);

  private static final NoticeTemplate NEW_SIGN_IN =
      new NoticeTemplate(
          "New sign-in to your {product} account",
          """
          Hello,

          Someone just signed in to your {product} account.

          When: {occurredAt}
          IP address: {ipAddress}
          Device: {userAgent}

          If this was you, there is nothing to do.

          If this was not you, change your password now and end your other sessions \
          from your account's security page.

          The {product} team
          """);

  private static final NoticeTemplate UNUSUAL_SIGN_IN =
      new NoticeTemplate(
          "Unusual sign-in to your {product} account",
          """
          Hello,

          Someone just signed in to your {product} account in a way that does not look like \
          your usual sign-ins: a new device, place or network, or many failed attempts before it.

          When: {occurredAt}
          IP address: {ipAddress}
          Device: {userAgent}

          If this was you, there is nothing to do.

          If this was not you, change your password now and end your other sessions \
          from your account's security page.

          The {product} team
          """);

  private static final NoticeTemplate PASSWORD_CHANGED =
      new NoticeTemplate(
          "Your {product} password was changed",
          """
          Hello,

          The password of your {product} account was just changed.

          When: {occurredAt}
          IP address: {ipAddress}
          Device: {userAgent}

          If you did this, there is nothing to do.

          If you did not, someone else may have access to your account: reset your \
          password now and end your other sessions from your account's security page.

          The {product} team
          """);
}
