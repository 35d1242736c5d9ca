package io.rampart.server.web;

import io.rampart.server.problem.BodySizeLimit;
import io.rampart.server.problem.FilterFaultGuard;
import io.rampart.server.problem.ProblemResponder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/** HTTP plumbing: strict JSON reading and the filters in front of everything else. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

  /**
   * JSON is read strictly: unknown fields, duplicate keys, trailing content, nulls for primitives
   * and scalar coercions (a number where a string belongs, "1" where a number belongs) are errors.
   */
  @Bean
  JsonMapperBuilderCustomizer strictJson() {
    return builder ->
        builder
            .enable(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(
                LogicalType.Textual,
                config ->
                    config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }

  /**
   * Before the actuator's endpoint mappings, which Spring Boot orders at -100, ahead of the
   * application's (0).
   */
  static final int APPLICATION_MAPPINGS_ORDER = -200;

  /**
   * The application's request mappings are asked for a handler first. Behind the actuator's, every
   * API call was first matched against each actuator endpoint, then, none matching, against each
   * again in search of a partial match to report: a few hundred objects per request on the busiest
   * endpoints. The actuator's paths (under {@code /actuator}) and the application's do not overlap,
   * so the order changes no answer; only the rare actuator request is now matched against the
   * application's mappings first.
   */
  @Bean
  static BeanPostProcessor applicationMappingsFirst() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof RequestMappingHandlerMapping mapping
            && "requestMappingHandlerMapping".equals(name)) {
          mapping.setOrder(APPLICATION_MAPPINGS_ORDER);
        }
        return bean;
      }
    };
  }

  @Bean
  FilterRegistrationBean<FilterFaultGuard> filterFaultGuard(ProblemResponder responder) {
    var registration = new FilterRegistrationBean<>(new FilterFaultGuard(responder));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<BodySizeLimit> bodySizeLimit(ProblemResponder responder) {
    var registration = new FilterRegistrationBean<>(new BodySizeLimit(responder));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
