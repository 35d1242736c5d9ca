package io.rampart.server.outbox;

import io.rampart.notification.MessageSender;
import io.rampart.notification.OutboxMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends outbox messages as plain-text e-mail over SMTP ({@code spring.mail.*}). The outbox message
 * id goes into {@code Message-ID} as {@code <id@rampart>}, so a resent copy is recognisable.
 */
public final class SmtpMessageSender implements MessageSender {
  private final JavaMailSender mail;
  private final InternetAddress from;

  public SmtpMessageSender(JavaMailSender mail, String from) {
    this.mail = mail;
    try {
      this.from = new InternetAddress(from, true);
    } catch (AddressException e) {
      throw new IllegalArgumentException("rampart.mail.from is not a valid address: " + from, e);
    }
  }

  public static String messageIdOf(OutboxMessage message) {
    return "<" + message.id() + "@rampart>";
  }

  @Override
  public void send(OutboxMessage message) throws DeliveryException {
    try {
      MimeMessage mime = new FixedIdMessage(mail.createMimeMessage().getSession(), message);
      mime.setFrom(from);
      mime.setRecipients(
          jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(message.recipient(), true));
      mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
      mime.setText(message.body(), StandardCharsets.UTF_8.name());
      mail.send(mime);
    } catch (MessagingException | MailException e) {
      throw new DeliveryException("SMTP delivery failed: " + e.getClass().getSimpleName(), e);
    }
  }

  /** A message whose {@code Message-ID} is the outbox id instead of a fresh random one. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, OutboxMessage message) {
      super(session);
      this.messageId = messageIdOf(message);
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
