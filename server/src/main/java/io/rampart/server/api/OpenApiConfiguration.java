package io.rampart.server.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header and its three ways to authenticate. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
    info =
        @Info(
            title = "Rampart API",
            version = "v1",
            description =
                "Account security for crypto exchanges. Errors are RFC 9457 problem details"
                    + " (application/problem+json) with a stable code."))
@SecurityScheme(
    name = "session",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "The session token from POST /api/v1/sessions (or the rampart_session cookie)")
@SecurityScheme(
    name = "operator",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "The operator token from <data dir>/operator-token")
@SecurityScheme(
    name = "service",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A service key from POST /api/v1/admin/service-keys, with the scope named")
class OpenApiConfiguration {}
