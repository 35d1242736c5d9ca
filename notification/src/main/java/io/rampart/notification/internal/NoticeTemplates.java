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
      case MFA_EMAIL_CODE -> MFA_EMAIL_CODE;
      case SECOND_FACTOR_ADDED -> SECOND_FACTOR_ADDED;
      case SECOND_FACTOR_REMOVED -> SECOND_FACTOR_REMOVED;
      case RECOVERY_CODE_USED -> RECOVERY_CODE_USED;
      case RECOVERY_CODES_REPLACED -> RECOVERY_CODES_REPLACED;
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

  private static final NoticeTemplate MFA_EMAIL_CODE =
      new NoticeTemplate(
          "Your {product} confirmation code",
          """
          Hello,

          Your code to confirm "{action}" on your {product} account is:

          {code}

          It works once and expires at {expiresAt}. {product} staff will never ask you for it.

          If you did not ask for this code, someone may be signed in to your account: \
          change your password and end your other sessions from your account's security page.

          The {product} team
          """);

  private static final NoticeTemplate SECOND_FACTOR_ADDED =
      new NoticeTemplate(
          "A second factor was added to your {product} account",
          """
          Hello,

          Your {product} account has a new second factor: {method}.

          When: {occurredAt}
          IP address: {ipAddress}
          Device: {userAgent}

          Devices you trusted must use the second factor again at their next sign-in.

          If this was not you, someone may have access to your account: change your password \
          and remove the second factor from your account's security page, or contact {product} \
          support.

          The {product} team
          """);

  private static final NoticeTemplate SECOND_FACTOR_REMOVED =
      new NoticeTemplate(
          "A second factor was removed from your {product} account",
          """
          Hello,

          A second factor was just removed from your {product} account: {method}. For your \
          protection, withdrawals are paused for a while after this change.

          When: {occurredAt}
          IP address: {ipAddress}
          Device: {userAgent}

          If this was not you, contact {product} support now.

          The {product} team
          """);

  private static final NoticeTemplate RECOVERY_CODE_USED =
      new NoticeTemplate(
          "A recovery code was used on your {product} account",
          """
          Hello,

          One of your recovery codes was just used to get into your {product} account. \
          {remaining} unused codes are left. For your protection, withdrawals are paused for \
          a while after this.

          When: {occurredAt}
          IP address: {ipAddress}
          Device: {userAgent}

          If this was not you, contact {product} support now.

          The {product} team
          """);

  private static final NoticeTemplate RECOVERY_CODES_REPLACED =
      new NoticeTemplate(
          "New recovery codes for your {product} account",
          """
          Hello,

          New recovery codes were just made for your {product} account; the old ones no \
          longer work.

          When: {occurredAt}
          IP address: {ipAddress}
          Device: {userAgent}

          If this was not you, contact {product} support now.

          The {product} team
          """);
}
