/**
 * IP intelligence from files: what the risk engine's {@link io.rampart.risk.IpIntelligence} port
 * asks of an address, answered from geo-IP databases and operator lists.
 *
 * <p><b>Owns:</b> reading MaxMind DB files (ip-location-db's and MaxMind's layouts) and
 * ip-location-db's AS CSV; the list format for anonymising, hosting and known-bad networks; the
 * country reference points; reloading all of it atomically.<br>
 * <b>Exposes:</b> {@link io.rampart.ipintel.FileIpIntelligence} (the port's implementation), its
 * {@link io.rampart.ipintel.IpDataSettings}, the outcomes {@link io.rampart.ipintel.IpDataLoad} and
 * {@link io.rampart.ipintel.IpDataReload}, {@link io.rampart.ipintel.IpDataStatus} and {@link
 * io.rampart.ipintel.IpDetails}.<br>
 * <b>May use:</b> kernel; the public package of risk (the port and its records); maxmind-db (the
 * reader, with its own record classes), commons-csv.<br>
 * <b>Must not:</b> use Spring, JDBC, HTTP, Kafka or Jackson; log (outcomes are values, the host
 * logs them); reach the network (the data comes as files, fetched by {@code
 * scripts/fetch-ip-data.sh}); ask DNS about an address.
 *
 * <p>List format: UTF-8 text, one entry per line: an IP address, a CIDR block or an AS number
 * ({@code AS64500}); {@code #} or {@code ;} starts a comment. See {@code docs/operations.md}.
 */
package io.rampart.ipintel;
