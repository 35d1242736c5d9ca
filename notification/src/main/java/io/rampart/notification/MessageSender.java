package io.rampart.notification;

/**
 * Delivers one message over its channel (e-mail over SMTP in the server).
 *
 * <p>Contract: returns normally only when the channel has accepted the message; throws {@link
 * DeliveryException} otherwise. The sender MUST put {@link OutboxMessage#id()} on the wire (for
 * e-mail, in the {@code Message-ID} header) so a recipient can detect duplicates. Thread-safe.
 */
public interface MessageSender {
  void send(OutboxMessage message) throws DeliveryException;

  /** The channel did not accept the message. */
  final class DeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    public DeliveryException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
