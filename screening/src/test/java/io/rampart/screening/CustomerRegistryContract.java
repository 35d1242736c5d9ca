package io.rampart.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every {@link CustomerRegistry} keeps. */
public abstract class CustomerRegistryContract {
  protected CustomerRegistry registry;

  protected abstract CustomerRegistry newRegistry();

  @BeforeEach
  void createRegistry() {
    registry = newRegistry();
  }

  protected static Customer aCustomer(String id) {
    return new Customer(
        id,
        new NameQuery(
            "Karim Yusuf Al-Rashidi", PartyType.PERSON, BirthDate.of(1971, 3, 12), "IQ", "AE"),
        "digest-" + id);
  }

  @Test
  void keepsACustomerWithAllItsData() {
    Customer c = aCustomer("c-" + UUID.randomUUID());

    registry.record(c);

    assertThat(registry.find(c.customerId())).contains(c);
  }

  @Test
  void keepsPartialDatesAndMissingFacts() {
    Customer c =
        new Customer(
            "c-" + UUID.randomUUID(),
            new NameQuery("Nameless Org", PartyType.ORGANISATION, BirthDate.year(1999), null, null),
            "d");
    Customer month =
        new Customer(
            "c-" + UUID.randomUUID(),
            new NameQuery("Someone", PartyType.UNKNOWN, BirthDate.of(1980, 7, 0), null, "FR"),
            "d");

    registry.record(c);
    registry.record(month);

    assertThat(registry.find(c.customerId())).contains(c);
    assertThat(registry.find(month.customerId())).contains(month);
  }

  @Test
  void replacesTheDataOfARecordedCustomer() {
    String id = "c-" + UUID.randomUUID();
    registry.record(aCustomer(id));
    Customer renamed = new Customer(id, NameQuery.of("Karim Al-Rashid"), "other digest");

    registry.record(renamed);

    assertThat(registry.find(id)).contains(renamed);
  }

  @Test
  void pagesThroughEveryCustomerOnceInIdOrder() {
    String prefix = "page-" + UUID.randomUUID() + "-";
    List<String> ids =
        List.of(prefix + "a", prefix + "B", prefix + "b", prefix + "c", prefix + "é");
    for (String id : ids) registry.record(aCustomer(id));

    List<String> seen = new ArrayList<>();
    String after = null;
    while (true) {
      List<Customer> page = registry.page(after, 2);
      if (page.isEmpty()) break;
      assertThat(page.size()).isLessThanOrEqualTo(2);
      for (Customer c : page) seen.add(c.customerId());
      after = page.getLast().customerId();
    }

    List<String> ours = seen.stream().filter(s -> s.startsWith(prefix)).toList();
    assertThat(ours)
        .containsExactly(prefix + "B", prefix + "a", prefix + "b", prefix + "c", prefix + "é");
    assertThat(seen).isSorted();
  }

  @Test
  void findsNothingForAnUnknownCustomer() {
    assertThat(registry.find("nobody-" + UUID.randomUUID())).isEmpty();
  }
}
