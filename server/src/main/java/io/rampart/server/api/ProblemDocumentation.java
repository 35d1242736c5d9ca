package io.rampart.server.api;

import io.rampart.kernel.ReasonCode;
import io.rampart.server.problem.ProblemBody;
import io.rampart.server.problem.ProblemResponder;
import io.rampart.server.problem.ProblemStatus;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents error responses in the OpenAPI document: every operation lists, per HTTP status, the
 * problem codes it may answer with, each with the {@code Problem} schema. Codes any request can
 * meet (bad body, wrong method, internal error) are added to every operation. A status the
 * operation documents itself (an HTML page's error answer) is left as it documents it.
 */
@Configuration(proxyBeanMethods = false)
class ProblemDocumentation {
  private static final String SCHEMA = "Problem";
  private static final Set<ReasonCode> EVERYWHERE =
      EnumSet.of(ReasonCode.REQ_METHOD_NOT_ALLOWED, ReasonCode.SYS_INTERNAL);
  private static final Set<ReasonCode> WITH_BODY =
      EnumSet.of(
          ReasonCode.REQ_MALFORMED_BODY,
          ReasonCode.REQ_INVALID_FIELD,
          ReasonCode.REQ_UNKNOWN_FIELD,
          ReasonCode.REQ_MISSING_FIELD,
          ReasonCode.REQ_FIELD_TOO_LONG,
          ReasonCode.REQ_CONTROL_CHARACTERS,
          ReasonCode.REQ_BODY_TOO_LARGE,
          ReasonCode.REQ_UNSUPPORTED_MEDIA_TYPE);

  @Bean
  OpenApiCustomizer problemSchema() {
    return api -> {
      if (api.getComponents() == null) api.setComponents(new Components());
      Schema<?> schema =
          ModelConverters.getInstance()
              .resolveAsResolvedSchema(new AnnotatedType(ProblemBody.class))
              .schema;
      api.getComponents().addSchemas(SCHEMA, schema);
    };
  }

  @Bean
  OperationCustomizer problemResponses() {
    return (operation, handler) -> {
      Problems declared = handler.getMethodAnnotation(Problems.class);
      Set<ReasonCode> codes = EnumSet.copyOf(EVERYWHERE);
      if (declared != null) codes.addAll(List.of(declared.value()));
      if (operation.getRequestBody() != null) codes.addAll(WITH_BODY);
      Map<Integer, List<ReasonCode>> byStatus =
          codes.stream()
              .collect(Collectors.groupingBy(ProblemStatus::of, TreeMap::new, Collectors.toList()));
      if (operation.getResponses() == null) operation.setResponses(new ApiResponses());
      byStatus.forEach(
          (status, list) -> operation.getResponses().putIfAbsent(status.toString(), of(list)));
      return operation;
    };
  }

  private static ApiResponse of(List<ReasonCode> codes) {
    List<String> lines = new ArrayList<>();
    for (ReasonCode code : codes) lines.add("`" + code.name() + "`: " + code.title());
    return new ApiResponse()
        .description(String.join("<br>", lines))
        .content(
            new Content()
                .addMediaType(
                    ProblemResponder.MEDIA_TYPE,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
  }
}
