package io.rampart.identity.internal;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.MaliciousCounterValueException;
import io.rampart.identity.MfaSettings;
import io.rampart.identity.Passkey;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.ReasonCode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The WebAuthn relying party, on webauthn4j: verifies passkey registrations and assertions against
 * the configured relying-party id and origins. Attestation is not required (passkeys seldom carry
 * one); user presence always is, user verification where the caller says. A signature counter that
 * does not grow (when the authenticator keeps one) marks a possibly cloned authenticator.
 * Thread-safe.
 */
final class RelyingParty {
  /** ES256, EdDSA and RS256: what platform and roaming authenticators offer. */
  static final List<Long> ALGORITHMS = List.of(-7L, -8L, -257L);

  private final MfaSettings.WebAuthn settings;
  private final WebAuthnManager manager;
  private final AttestedCredentialDataConverter credentialData;
  private final Set<Origin> origins;

  RelyingParty(MfaSettings.WebAuthn settings) {
    this.settings = settings;
    ObjectConverter converter = new ObjectConverter();
    this.manager = WebAuthnManager.createNonStrictWebAuthnManager(converter);
    this.credentialData = new AttestedCredentialDataConverter(converter);
    this.origins = settings.origins().stream().map(Origin::new).collect(Collectors.toSet());
  }

  MfaSettings.WebAuthn settings() {
    return settings;
  }

  /** A registration that passed, or why it did not. */
  sealed interface Registration {
    record Verified(Passkey passkey) implements Registration {}

    record Rejected(ReasonCode reason) implements Registration {}
  }

  /** An assertion that passed, or why it did not. */
  sealed interface Assertion {
    record Verified(long signCount, boolean userVerified, boolean backedUp) implements Assertion {}

    record Rejected(ReasonCode reason) implements Assertion {}
  }

  /** The parts of an assertion needed to find its passkey, before verifying it. */
  record Presented(String credentialId, byte[] userHandle) {}

  Registration register(
      AccountId account, String name, String credentialJson, byte[] challenge, Instant now) {
    RegistrationData data;
    try {
      data = manager.parseRegistrationResponseJSON(credentialJson);
      manager.verify(
          data, new RegistrationParameters(serverProperty(challenge), parameters(), true, true));
    } catch (RuntimeException e) {
      return new Registration.Rejected(ReasonCode.AUTH_MFA_PASSKEY_INVALID);
    }
    AuthenticatorData<?> authenticator = data.getAttestationObject().getAuthenticatorData();
    AttestedCredentialData attested = authenticator.getAttestedCredentialData();
    String transports =
        data.getTransports() == null
            ? ""
            : data.getTransports().stream()
                .map(AuthenticatorTransport::getValue)
                .sorted()
                .collect(Collectors.joining(","));
    return new Registration.Verified(
        new Passkey(
            encode(attested.getCredentialId()),
            account,
            name,
            credentialData.convert(attested),
            authenticator.getSignCount(),
            authenticator.isFlagUV(),
            authenticator.isFlagBE(),
            authenticator.isFlagBS(),
            transports,
            now,
            null));
  }

  /** Reads the credential id and user handle of an assertion, or empty if it is malformed. */
  Optional<Presented> presented(String credentialJson) {
    try {
      AuthenticationData data = manager.parseAuthenticationResponseJSON(credentialJson);
      if (data.getCredentialId() == null) {
        return Optional.empty();
      }
      return Optional.of(new Presented(encode(data.getCredentialId()), data.getUserHandle()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  Assertion verify(
      Passkey stored, String credentialJson, byte[] challenge, boolean userVerificationRequired) {
    try {
      AuthenticationData data = manager.parseAuthenticationResponseJSON(credentialJson);
      CredentialRecordImpl record =
          new CredentialRecordImpl(
              null,
              stored.uvInitialized(),
              stored.backupEligible(),
              stored.backedUp(),
              stored.signCount(),
              credentialData.convert(stored.credentialData()),
              null,
              null,
              null,
              null);
      manager.verify(
          data,
          new AuthenticationParameters(
              serverProperty(challenge),
              record,
              List.of(decode(stored.credentialId())),
              userVerificationRequired,
              true));
      AuthenticatorData<?> authenticator = data.getAuthenticatorData();
      return new Assertion.Verified(
          authenticator.getSignCount(), authenticator.isFlagUV(), authenticator.isFlagBS());
    } catch (MaliciousCounterValueException e) {
      return new Assertion.Rejected(ReasonCode.AUTH_MFA_PASSKEY_CLONED);
    } catch (RuntimeException e) {
      return new Assertion.Rejected(ReasonCode.AUTH_MFA_PROOF_INVALID);
    }
  }

  /** The WebAuthn user handle of an account: the 16 bytes of its id. */
  static byte[] userHandle(AccountId account) {
    return ByteBuffer.allocate(16)
        .putLong(account.value().getMostSignificantBits())
        .putLong(account.value().getLeastSignificantBits())
        .array();
  }

  static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static byte[] decode(String base64url) {
    return Base64.getUrlDecoder().decode(base64url);
  }

  private ServerProperty serverProperty(byte[] challenge) {
    return ServerProperty.builder()
        .origins(origins)
        .rpId(settings.rpId())
        .challenge(new DefaultChallenge(challenge))
        .build();
  }

  private static List<PublicKeyCredentialParameters> parameters() {
    return ALGORITHMS.stream()
        .map(
            alg ->
                new PublicKeyCredentialParameters(
                    PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.create(alg)))
        .toList();
  }
}
