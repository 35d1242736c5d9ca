package io.rampart.server.api;

import io.rampart.kernel.ReasonCode;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem codes an endpoint may answer with. {@link ProblemDocumentation} turns them into one
 * documented response per HTTP status, each with the problem schema and its codes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Problems {
  ReasonCode[] value();
}
