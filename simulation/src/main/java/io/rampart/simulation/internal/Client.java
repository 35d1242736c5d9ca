package io.rampart.simulation.internal;

/** Who is on the other end of a request: address, user agent and device id (each may be null). */
public record Client(String ip, String userAgent, String deviceId) {}
