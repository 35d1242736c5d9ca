package io.rampart.server;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * An in-process SMTP server (GreenMail) on a loopback port that stays the same for the life of the
 * JVM, so it can be stopped and started again while the application keeps pointing at it. One
 * instance serves every test that shares the mail context ({@link MailTestBase}).
 */
public final class TestMailServer {
  private static final String HOST = "127.0.0.1";

  private final int port;
  private GreenMail greenMail;

  private TestMailServer(GreenMail started) {
    this.greenMail = started;
    this.port = started.getSmtp().getPort();
  }

  /** Starts on a port the system picks. */
  static TestMailServer startOnFreePort() {
    GreenMail greenMail = new GreenMail(new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    TestMailServer server = new TestMailServer(greenMail);
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-mail-server-stop"));
    return server;
  }

  public String host() {
    return HOST;
  }

  public int port() {
    return port;
  }

  /** Stops accepting connections; what was received so far is dropped with it. */
  public synchronized void stop() {
    if (greenMail.isRunning()) {
      greenMail.stop();
    }
  }

  /** Starts again on the same port, with an empty mailbox. */
  public synchronized void start() {
    if (greenMail.isRunning()) {
      return;
    }
    greenMail = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  /** Every message received since the last start addressed (To) to {@code recipient}. */
  public synchronized List<MimeMessage> messagesTo(String recipient) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(message -> addressedTo(message, recipient))
        .toList();
  }

  private static boolean addressedTo(MimeMessage message, String recipient) {
    try {
      Address[] to = message.getRecipients(Message.RecipientType.TO);
      return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(recipient));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The decoded plain-text body. */
  public static String text(MimeMessage message) {
    try {
      return (String) message.getContent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
