package io.rampart.identity;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * A passkey authenticator in software, for tests and benchmarks: an ES256 key pair that answers
 * WebAuthn registration and assertion requests with the JSON a browser's {@code
 * PublicKeyCredential.toJSON()} gives, with "none" attestation. It can be told to misbehave: sign
 * with a counter that went back, or leave user verification out.
 */
public final class SoftwareAuthenticator {
  private static final ObjectConverter CONVERTER = new ObjectConverter();
  private static final byte UP = 0x01;
  private static final byte UV = 0x04;
  private static final byte BE = 0x08;
  private static final byte BS = 0x10;
  private static final byte AT = 0x40;

  private final KeyPair keys;
  private final byte[] credentialId = new byte[32];
  private final String origin;
  private byte[] userHandle;
  private long counter;
  private boolean verifiesUser = true;
  private boolean returnsUserHandle = true;

  /**
   * @param origin the origin the browser would report, e.g. {@code https://rampart.test}
   */
  public SoftwareAuthenticator(String origin) {
    this.origin = origin;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      this.keys = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    new SecureRandom().nextBytes(credentialId);
  }

  public String credentialId() {
    return b64(credentialId);
  }

  /** From now on, leave the user-verified flag out (a presence-only authenticator). */
  public SoftwareAuthenticator withoutUserVerification() {
    this.verifiesUser = false;
    return this;
  }

  /** From now on, leave the user handle out of assertions (as a non-discoverable credential). */
  public SoftwareAuthenticator withoutUserHandle() {
    this.returnsUserHandle = false;
    return this;
  }

  /** From now on, return {@code handle} as the user handle of assertions. */
  public SoftwareAuthenticator withUserHandle(byte[] handle) {
    this.userHandle = handle.clone();
    return this;
  }

  /** Sets the signature counter the next assertion counts up from. */
  public SoftwareAuthenticator counter(long value) {
    this.counter = value;
    return this;
  }

  /** The registration response JSON for {@code navigator.credentials.create()}. */
  public String register(String rpId, byte[] challenge, byte[] userHandle) {
    this.userHandle = userHandle.clone();
    AttestedCredentialData attested =
        new AttestedCredentialData(
            AAGUID.ZERO,
            credentialId,
            EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256));
    AuthenticatorData<RegistrationExtensionAuthenticatorOutput> data =
        new AuthenticatorData<>(sha256(rpId), flags(true), counter, attested);
    byte[] attestationObject =
        new AttestationObjectConverter(CONVERTER)
            .convertToBytes(new AttestationObject(data, new NoneAttestationStatement()));
    String clientData = clientData("webauthn.create", challenge);
    return "{\"id\":\""
        + credentialId()
        + "\",\"rawId\":\""
        + credentialId()
        + "\",\"type\":\"public-key\",\"authenticatorAttachment\":\"platform\","
        + "\"response\":{\"clientDataJSON\":\""
        + b64(clientData.getBytes(StandardCharsets.UTF_8))
        + "\",\"attestationObject\":\""
        + b64(attestationObject)
        + "\",\"transports\":[\"internal\"]},\"clientExtensionResults\":{}}";
  }

  /** The assertion response JSON for {@code navigator.credentials.get()}; counts up first. */
  public String assertion(String rpId, byte[] challenge) {
    counter++;
    byte[] authenticatorData =
        new AuthenticatorDataConverter(CONVERTER)
            .convert(new AuthenticatorData<>(sha256(rpId), flags(false), counter));
    byte[] clientData = clientData("webauthn.get", challenge).getBytes(StandardCharsets.UTF_8);
    byte[] signature;
    try {
      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(keys.getPrivate());
      signer.update(
          ByteBuffer.allocate(authenticatorData.length + 32)
              .put(authenticatorData)
              .put(sha256(clientData))
              .array());
      signature = signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    return "{\"id\":\""
        + credentialId()
        + "\",\"rawId\":\""
        + credentialId()
        + "\",\"type\":\"public-key\",\"authenticatorAttachment\":\"platform\","
        + "\"response\":{\"clientDataJSON\":\""
        + b64(clientData)
        + "\",\"authenticatorData\":\""
        + b64(authenticatorData)
        + "\",\"signature\":\""
        + b64(signature)
        + "\""
        + (returnsUserHandle
            ? ",\"userHandle\":\"" + (userHandle == null ? "" : b64(userHandle)) + "\""
            : "")
        + "},\"clientExtensionResults\":{}}";
  }

  private byte flags(boolean attested) {
    byte flags = (byte) (UP | BE | BS);
    if (verifiesUser) {
      flags |= UV;
    }
    if (attested) {
      flags |= AT;
    }
    return flags;
  }

  private String clientData(String type, byte[] challenge) {
    return "{\"type\":\""
        + type
        + "\",\"challenge\":\""
        + b64(challenge)
        + "\",\"origin\":\""
        + origin
        + "\",\"crossOrigin\":false}";
  }

  private static byte[] sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
