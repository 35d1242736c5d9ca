package io.rampart.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The README's configuration table against {@link RampartProperties}: every {@code rampart.*}
 * setting has a row, every row names a real setting, and where a row gives a plain default ({@code
 * `5s`}) it is the one Rampart applies ({@code application.properties} first, else the {@link
 * DefaultValue}). Rows write several settings of a group as {@code `rampart.a.b` / `c`} (or {@code
 * / `.c`}) with their defaults in the same order; defaults in words ("cores") are not checked.
 */
class ConfigurationTableTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern ROW =
      Pattern.compile("^\\| (`rampart\\.[^|]*) \\|[^|]*\\|([^|]*)\\|");
  private static final Pattern NAME = Pattern.compile("`([^`]+)`");

  /** Every leaf setting with the default Rampart applies, or null if it has none. */
  private static Map<String, String> settings() throws IOException {
    Properties shipped = new Properties();
    try (InputStream in =
        ConfigurationTableTest.class.getResourceAsStream("/application.properties")) {
      shipped.load(in);
    }
    Map<String, String> settings = new TreeMap<>();
    collect("rampart", RampartProperties.class, settings);
    settings.replaceAll((name, value) -> shipped.getProperty(name, value));
    return settings;
  }

  private static void collect(String prefix, Class<?> type, Map<String, String> into) {
    RecordComponent[] components = type.getRecordComponents();
    Parameter[] parameters = canonicalConstructor(type, components).getParameters();
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      String name = prefix + "." + kebab(component.getName());
      Class<?> valueType = component.getType();
      if (valueType.isRecord() && valueType.getEnclosingClass() == RampartProperties.class) {
        collect(name, valueType, into);
      } else if (Map.class.isAssignableFrom(valueType)) {
        into.put(name + ".*", null);
      } else {
        DefaultValue value = parameters[i].getAnnotation(DefaultValue.class);
        boolean list = component.getGenericType() instanceof ParameterizedType;
        into.put(name, value == null || list ? null : String.join(",", value.value()));
      }
    }
  }

  private static Constructor<?> canonicalConstructor(Class<?> type, RecordComponent[] components) {
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    try {
      return type.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type + " has no canonical constructor", e);
    }
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** The README's rows: each setting named, with the default given for it (null if none). */
  private static Map<String, String> rows() throws IOException {
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(README)) {
      Matcher row = ROW.matcher(line);
      if (!row.find()) {
        continue;
      }
      List<String> written = new ArrayList<>();
      Matcher name = NAME.matcher(row.group(1));
      while (name.find()) {
        written.add(name.group(1));
      }
      List<String> names =
          written.stream().map(n -> absolute(written.getFirst(), n)).distinct().toList();
      String[] defaults = row.group(2).strip().split(" / ");
      for (int i = 0; i < names.size(); i++) {
        String given = names.size() == defaults.length ? defaults[i].strip() : null;
        rows.put(names.get(i), given != null && given.matches("`[^`]*`") ? unquote(given) : null);
      }
    }
    return rows;
  }

  /** {@code max-length} or {@code .password} after {@code rampart.password.min-length}. */
  private static String absolute(String first, String name) {
    if (name.startsWith("rampart.")) {
      return mapKey(name);
    }
    String parent = first.substring(0, first.lastIndexOf('.'));
    if (name.startsWith(".")) {
      return mapKey(first.contains("<") ? first + name : parent + name);
    }
    return mapKey(parent + "." + name);
  }

  /**
   * {@code rampart.mfa.actions.<action>.risk} is a key of the map {@code rampart.mfa.actions};
   * {@code rampart.screening.lists[n].name} is a field of an element of the list {@code
   * rampart.screening.lists}.
   */
  private static String mapKey(String name) {
    int placeholder = name.indexOf(".<");
    if (placeholder >= 0) {
      return name.substring(0, placeholder) + ".*";
    }
    int index = name.indexOf('[');
    return index < 0 ? name : name.substring(0, index);
  }

  private static String unquote(String quoted) {
    return quoted.substring(1, quoted.length() - 1);
  }

  @Test
  void hasARowForEverySettingAndNoOther() throws IOException {
    Map<String, String> settings = settings();
    Map<String, String> rows = rows();

    Set<String> missing = new TreeSet<>(settings.keySet());
    missing.removeAll(rows.keySet());
    Set<String> unknown = new TreeSet<>(rows.keySet());
    unknown.removeAll(settings.keySet());
    assertThat(missing).as("settings without a row in the README").isEmpty();
    assertThat(unknown).as("README rows naming no setting").isEmpty();
  }

  @Test
  void givesTheDefaultsRampartApplies() throws IOException {
    Map<String, String> settings = settings();
    List<String> wrong = new ArrayList<>();

    rows()
        .forEach(
            (name, given) -> {
              String applied = settings.get(name);
              if (given != null && applied != null && !given.equals(applied)) {
                wrong.add(name + ": README says " + given + ", Rampart applies " + applied);
              }
            });

    assertThat(wrong).isEmpty();
  }
}
