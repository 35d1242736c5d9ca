package io.rampart.ipintel.internal;

import com.maxmind.db.MaxMindDbParameter;

/**
 * A record of an AS database in MaxMind's GeoLite2-ASN layout (also ip-location-db's {@code
 * asn-mmdb}). Public only because the MaxMind DB reader instantiates it by reflection.
 */
public record AsnRecord(
    @MaxMindDbParameter(name = "autonomous_system_number") Long number,
    @MaxMindDbParameter(name = "autonomous_system_organization") String organisation) {}
