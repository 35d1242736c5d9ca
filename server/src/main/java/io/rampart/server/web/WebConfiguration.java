package io.rampart.server.web;

import io.rampart.server.problem.BodySizeLimit;
import io.rampart.server.problem.FilterFaultGuard;
import io.rampart.server.problem.ProblemResponder;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
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
