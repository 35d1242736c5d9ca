/**
 * Messages to account holders: templates and the transactional outbox.
 *
 * <p><b>Owns:</b> what each notice says, the outbox of messages waiting to go out, and their
 * delivery with retries.<br>
 * <b>Exposes:</b> {@link io.rampart.notification.Notifications} (enqueue inside the caller's
 * transaction), {@link io.rampart.notification.OutboxDispatcher} (deliver what is due), the records
 * {@link io.rampart.notification.Notice} and {@link io.rampart.notification.OutboxMessage}, the
 * ports {@link io.rampart.notification.OutboxStore} and {@link
 * io.rampart.notification.MessageSender}, and {@link io.rampart.notification.NotificationSettings}.
 * <br>
 * <b>May use:</b> kernel.<br>
 * <b>Must not:</b> use Spring, JDBC, HTTP, Kafka, Jackson or a mail API (the sender port is
 * implemented in server).
 *
 * <p>Delivery is at-least-once: a message is written in the same transaction as the event that
 * causes it, claimed with a lease, sent, then marked sent exactly once. A crash between sending and
 * marking resends it after the lease; every copy carries the same message id, so duplicates are
 * detectable. Nothing is lost. Once a message is marked sent its body is dropped, since it may
 * carry a one-time link.
 */
package io.rampart.notification;
