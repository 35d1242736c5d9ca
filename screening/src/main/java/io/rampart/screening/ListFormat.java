package io.rampart.screening;

/** The formats Rampart reads lists in. */
public enum ListFormat {
  /**
   * OFAC's SDN list in its legacy CSV files: {@code sdn.csv} (required), {@code alt.csv}, {@code
   * add.csv} and {@code sdn_comments.csv}, each a document named after its file.
   */
  OFAC_SDN_CSV,
  /** The UN Security Council consolidated list, in its official XML schema. */
  UN_CONSOLIDATED_XML,
  /**
   * An exchange's own list, as CSV with a header: {@code id,type,name,aliases,weak_aliases,
   * birth_dates,nationalities,countries,programs,addresses}; only {@code id} and {@code name} are
   * required, multiple values are separated by {@code |}, and an address is written {@code
   * ASSET:address}.
   */
  EXCHANGE_CSV,
  /**
   * Digital-currency addresses, one per line, all of the source's asset; blank lines and lines
   * starting with {@code #} are skipped.
   */
  ADDRESS_LIST
}
