package io.rampart.server.problem;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Makes Tomcat answer the errors it raises before Spring sees the request (an invalid or encoded
 * path, a request header over the limit) as problems: the host's error report valve, which would
 * write Tomcat's HTML page, is replaced by {@link ProblemReportValve}.
 *
 * <p>Runs after Spring Boot's own Tomcat customizer, which adds a plain error report valve when
 * stack traces are never shown; that valve is removed here so that only ours is left.
 */
@Component
final class ContainerProblemPages
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
  private final ProblemResponder responder;

  ContainerProblemPages(ProblemResponder responder) {
    this.responder = responder;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          Container parent = context.getParent();
          if (!(parent instanceof StandardHost host)) {
            throw new IllegalStateException("Tomcat context without a host: " + parent);
          }
          for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) host.getPipeline().removeValve(valve);
          }
          host.getPipeline().addValve(new ProblemReportValve(responder));
          host.setErrorReportValveClass(ProblemReportValve.class.getName());
        });
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
