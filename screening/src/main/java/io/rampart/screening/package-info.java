/**
 * Sanctions and on-chain address screening: lists, multilingual name matching, address lookups,
 * hits as alerts and their dispositions.
 *
 * <p><b>Owns:</b> the list formats (OFAC SDN legacy CSV, the UN consolidated XML, an exchange's own
 * CSV, address lists) and their loading, the name and address indexes, the matcher, alerts and
 * their suppression rules, and rescreening of recorded customers when lists change.<br>
 * <b>Exposes:</b> the facade {@link io.rampart.screening.Screening}; its queries ({@link
 * io.rampart.screening.NameQuery}, {@link io.rampart.screening.AddressQuery}), results ({@link
 * io.rampart.screening.NameScreening}, {@link io.rampart.screening.AddressScreening}, {@link
 * io.rampart.screening.CustomerScreening}, {@link io.rampart.screening.ReloadReport}) and sealed
 * outcomes ({@link io.rampart.screening.ScreeningOutcome}, {@link
 * io.rampart.screening.DecisionOutcome}); the list model ({@link io.rampart.screening.ListSource},
 * {@link io.rampart.screening.ListDocument}, {@link io.rampart.screening.ListEntry}, {@link
 * io.rampart.screening.ListVersion}); the ports it needs ({@link io.rampart.screening.AlertStore},
 * {@link io.rampart.screening.CustomerRegistry}, {@link io.rampart.screening.ListStateStore},
 * {@link io.rampart.screening.ChainAnalytics}, with {@link
 * io.rampart.screening.StaticChainAnalytics} built in); and {@link
 * io.rampart.screening.ScreeningSettings}.<br>
 * <b>May use:</b> kernel; the public package of audit; ICU4J (transliteration), commons-codec
 * (Double Metaphone), commons-csv (CSV lists).<br>
 * <b>Must not:</b> use Spring, JDBC, HTTP, Kafka or Jackson; open files or connections other than
 * through a {@link io.rampart.screening.ListDocument} the host hands it; read the system clock.
 *
 * <h2>For callers</h2>
 *
 * <p>The withdrawal flow (whitelist and address-book additions, every withdrawal destination) calls
 * {@link io.rampart.screening.Screening#screenCustomerAddress}: {@code LISTED} means the money must
 * not move, {@code HIGH_RISK} that an analyst should look first. KYC calls {@link
 * io.rampart.screening.Screening#screenCustomer} at sign-up and whenever the customer's name, date
 * of birth or nationality changes; an open alert means the customer waits for an analyst. Travel
 * Rule code screens the counterparty named in a transfer with {@link
 * io.rampart.screening.Screening#screenName} (a counterparty is not a customer, so nothing is
 * recorded) and holds the transfer on a hit. Every answer names the lists and versions it was
 * screened against; {@link io.rampart.screening.ScreeningOutcome.Unavailable} means no list is in
 * force and the caller must treat the party as not yet screened, never as clear.
 *
 * <h2>Matching</h2>
 *
 * <p>A name is normalised (NFKC, case, diacritics, punctuation, honorifics), transliterated to
 * Latin with ICU4J if written in another script, and split into tokens. Each token weighs by how
 * rare it is across the lists (legal forms and particles weigh almost nothing, so they never make a
 * match alone). Candidates come from an inverted index by exact token, consonant skeleton, Double
 * Metaphone code and one-deletion neighbourhood; each candidate name is scored by assigning query
 * tokens to its tokens (order-free, joined and split parts allowed) and measuring the weighed
 * coverage of both sides. Dates of birth, nationality, country and party type then move the score,
 * with a reason each.
 */
package io.rampart.screening;
