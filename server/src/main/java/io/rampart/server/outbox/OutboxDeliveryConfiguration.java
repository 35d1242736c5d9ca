package io.rampart.server.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.rampart.notification.OutboxDispatcher;
import io.rampart.notification.OutboxStore;
import io.rampart.server.config.RampartProperties;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Delivers the outbox over SMTP when {@code spring.mail.host} is set; otherwise messages stay
 * PENDING in the outbox, where the operator endpoint lists them.
 */
@Configuration(proxyBeanMethods = false)
class OutboxDeliveryConfiguration {
  private static final Logger log = LoggerFactory.getLogger(OutboxDeliveryConfiguration.class);

  @Bean
  OutboxBacklog outboxBacklog(OutboxStore store, MeterRegistry meters) {
    return new OutboxBacklog(store, meters);
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "spring.mail", name = "host")
  static class Smtp {
    @Bean
    SmtpMessageSender smtpMessageSender(JavaMailSender mail, RampartProperties properties) {
      return new SmtpMessageSender(mail, properties.mail().from());
    }

    @Bean
    OutboxDispatcher outboxDispatcher(
        OutboxStore store, SmtpMessageSender sender, Clock clock, RampartProperties properties) {
      return new OutboxDispatcher(store, sender, clock, properties.notificationSettings());
    }

    @Bean
    OutboxDispatchLoop outboxDispatchLoop(
        OutboxDispatcher dispatcher, RampartProperties properties, MeterRegistry meters) {
      return new OutboxDispatchLoop(dispatcher, properties.outbox().pollInterval(), meters);
    }
  }

  @Bean
  ApplicationRunner noMailNotice(ObjectProvider<OutboxDispatchLoop> loop) {
    return args -> {
      if (loop.getIfAvailable() == null) {
        log.info(
            "No mail server configured (spring.mail.host): messages stay PENDING in the outbox;"
                + " list them with GET /api/v1/admin/outbox");
      }
    };
  }
}
