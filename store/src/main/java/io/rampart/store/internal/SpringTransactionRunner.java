package io.rampart.store.internal;

import io.rampart.kernel.TransactionRunner;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A {@link TransactionRunner} over a Spring transaction manager: joins the thread's transaction if
 * there is one, otherwise starts one; any exception rolls it back and propagates unchanged.
 */
final class SpringTransactionRunner implements TransactionRunner {
  private final TransactionTemplate template;

  SpringTransactionRunner(PlatformTransactionManager transactionManager) {
    this.template = new TransactionTemplate(transactionManager);
    this.template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return template.execute(status -> work.get());
  }
}
