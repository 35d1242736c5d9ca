/**
 * The Rampart server: the Spring Boot application that runs the capabilities.
 *
 * <p><b>Owns:</b> the HTTP API and pages, the commands run from the jar ({@code replay}, {@code
 * simulate}), configuration, security filters (with a shortcut past them for ordinary {@code POST
 * /api/v1/risk/evaluate} calls), wiring of the capabilities to the store, mail delivery, metrics,
 * the MFA key's source, and the account pages (Mustache templates with one script for the WebAuthn
 * calls), and hosting the risk engine in-process ({@code io.rampart.server.risk}).<br>
 * <b>Exposes:</b> {@link io.rampart.server.RampartApplication} (the main class) and the HTTP API
 * under {@code /api/v1}.<br>
 * <b>May use:</b> kernel; the public packages of audit, notification, identity, risk, ipintel,
 * simulation, models and store; Spring Boot, Spring Security, the embedded Tomcat (its error
 * report), Jackson, Jakarta Mail, Micrometer, springdoc, JMustache.<br>
 * <b>Must not:</b> use another module's {@code internal} package; hold capability rules (they live
 * in the capabilities; the server translates HTTP to use cases and outcomes to HTTP).
 */
package io.rampart.server;
