package io.rampart.screening.internal.lists;

import io.rampart.screening.BirthDate;
import io.rampart.screening.ListDocument;
import io.rampart.screening.ListEntry;
import io.rampart.screening.ListedName;
import io.rampart.screening.PartyType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UN Security Council consolidated list in its XML schema: a {@code CONSOLIDATED_LIST}
 * (whose {@code dateGenerated} is the version) of {@code INDIVIDUAL} and {@code ENTITY} elements,
 * each with name parts, aliases of "Good" or "Low" quality, the name in its original script, dates
 * of birth (exact, approximate, between two years), nationalities and addresses. The document is
 * read with DTDs and external entities off. A document that is not well-formed, or an entry without
 * an identifier or a name, refuses the whole list.
 */
public final class UnXmlParser {
  private static final XMLInputFactory FACTORY = factory();

  private UnXmlParser() {}

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  public static ParsedList parse(String list, List<ListDocument> documents)
      throws ListParseException {
    if (documents.size() != 1) {
      throw new ListParseException(
          "the UN consolidated list is one XML document, " + documents.size() + " given");
    }
    ListDocument document = documents.getFirst();
    Problems problems = new Problems();
    List<ListEntry> entries = new ArrayList<>();
    String generated;
    try (InputStream in = document.open()) {
      XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
      try {
        xml.nextTag();
        if (!xml.getLocalName().equals("CONSOLIDATED_LIST")) {
          throw new ListParseException(
              document.name()
                  + ": the root element is "
                  + xml.getLocalName()
                  + ", not CONSOLIDATED_LIST");
        }
        generated = xml.getAttributeValue(null, "dateGenerated");
        Set<String> ids = new HashSet<>();
        while (xml.hasNext()) {
          int event = xml.next();
          if (event != XMLStreamConstants.START_ELEMENT) continue;
          String element = xml.getLocalName();
          if (element.equals("INDIVIDUAL") || element.equals("ENTITY")) {
            int line = xml.getLocation().getLineNumber();
            Entry e = readEntry(xml, element);
            String id = e.reference != null ? e.reference : e.dataId;
            if (id == null) {
              problems.add(document.name(), line, element + " without DATAID or REFERENCE_NUMBER");
            } else if (e.names.isEmpty()) {
              problems.add(document.name(), line, element + " " + id + " has no name");
            } else if (!ids.add(id)) {
              problems.add(document.name(), line, element + " " + id + " appears twice");
            } else {
              entries.add(
                  e.build(
                      list,
                      id,
                      element.equals("INDIVIDUAL") ? PartyType.PERSON : PartyType.ORGANISATION));
            }
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      var location = e.getLocation();
      throw new ListParseException(
          document.name()
              + (location == null ? "" : " line " + location.getLineNumber())
              + ": not well-formed XML ("
              + firstLine(e.getMessage())
              + ")");
    } catch (IOException e) {
      throw new ListParseException(document.name() + ": cannot be read (" + e.getMessage() + ")");
    }
    problems.throwIfAny();
    if (entries.isEmpty()) throw new ListParseException(document.name() + " holds no entries");
    return new ParsedList(
        entries, generated == null || generated.isBlank() ? null : generated.strip());
  }

  private static String firstLine(String message) {
    if (message == null) return "unknown error";
    String m = message.strip();
    int newline = m.lastIndexOf('\n');
    return newline >= 0 ? m.substring(newline + 1).strip() : m;
  }

  /** Reads one INDIVIDUAL or ENTITY up to its end tag. */
  private static Entry readEntry(XMLStreamReader xml, String element) throws XMLStreamException {
    Entry e = new Entry();
    String[] nameParts = new String[4];
    int depth = 1;
    String section = null;
    String quality = null;
    String alias = null;
    DateParts date = null;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String name = xml.getLocalName();
        if (depth == 2) {
          section = name;
          switch (name) {
            case "DATAID" -> e.dataId = text(xml);
            case "REFERENCE_NUMBER" -> e.reference = text(xml);
            case "FIRST_NAME" -> nameParts[0] = text(xml);
            case "SECOND_NAME" -> nameParts[1] = text(xml);
            case "THIRD_NAME" -> nameParts[2] = text(xml);
            case "FOURTH_NAME" -> nameParts[3] = text(xml);
            case "NAME_ORIGINAL_SCRIPT" -> e.original = text(xml);
            case "UN_LIST_TYPE" -> {
              String program = text(xml);
              if (program != null) e.programs.add(program);
            }
            case "INDIVIDUAL_DATE_OF_BIRTH" -> date = new DateParts();
            default -> {}
          }
          if (xml.getEventType() == XMLStreamConstants.END_ELEMENT) depth--;
        } else if (depth == 3) {
          String value;
          switch (section) {
            case "NATIONALITY" -> {
              if (name.equals("VALUE") && (value = text(xml)) != null)
                Countries.code(value).ifPresent(e.nationalities::add);
            }
            case "INDIVIDUAL_ALIAS", "ENTITY_ALIAS" -> {
              if (name.equals("QUALITY")) quality = text(xml);
              else if (name.equals("ALIAS_NAME")) alias = text(xml);
            }
            case "INDIVIDUAL_ADDRESS", "ENTITY_ADDRESS" -> {
              if (name.equals("COUNTRY") && (value = text(xml)) != null)
                Countries.code(value).ifPresent(e.countries::add);
            }
            case "INDIVIDUAL_DATE_OF_BIRTH" -> {
              if (date != null) date.set(name, text(xml));
            }
            default -> {}
          }
          if (xml.getEventType() == XMLStreamConstants.END_ELEMENT) depth--;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (depth == 1) {
          String name = xml.getLocalName();
          if ((name.equals("INDIVIDUAL_ALIAS") || name.equals("ENTITY_ALIAS")) && alias != null) {
            boolean weak = quality != null && quality.strip().equalsIgnoreCase("Low");
            e.aliases.add(
                new ListedName(
                    alias, weak ? ListedName.Strength.WEAK : ListedName.Strength.STRONG));
          }
          if (name.equals("INDIVIDUAL_DATE_OF_BIRTH") && date != null)
            date.build().ifPresent(e.births::add);
          quality = null;
          alias = null;
          date = null;
          section = null;
        }
      }
    }
    StringBuilder primary = new StringBuilder();
    for (String part : nameParts) {
      if (part != null) primary.append(primary.isEmpty() ? "" : " ").append(part);
    }
    if (!primary.isEmpty())
      e.names.add(new ListedName(primary.toString(), ListedName.Strength.PRIMARY));
    e.names.addAll(e.aliases);
    if (e.original != null) e.names.add(new ListedName(e.original, ListedName.Strength.STRONG));
    return e;
  }

  /** The element's text, stripped, or {@code null} if empty; leaves the reader on its end tag. */
  private static String text(XMLStreamReader xml) throws XMLStreamException {
    String value = xml.getElementText().strip();
    return value.isEmpty() ? null : value;
  }

  private static final class DateParts {
    String type;
    String date;
    String year;
    String fromYear;
    String toYear;

    void set(String element, String value) {
      switch (element) {
        case "TYPE_OF_DATE" -> type = value;
        case "DATE" -> date = value;
        case "YEAR" -> year = value;
        case "FROM_YEAR" -> fromYear = value;
        case "TO_YEAR" -> toYear = value;
        default -> {}
      }
    }

    java.util.Optional<BirthDate> build() {
      boolean approximate = type != null && type.toUpperCase(Locale.ROOT).startsWith("APPROX");
      try {
        if (fromYear != null && toYear != null) {
          return java.util.Optional.of(
              BirthDate.between(Integer.parseInt(fromYear), Integer.parseInt(toYear)));
        }
        if (date != null) {
          BirthDate d = BirthDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
          return java.util.Optional.of(
              new BirthDate(d.fromYear(), d.toYear(), d.month(), d.day(), approximate));
        }
        if (year != null) {
          int y = Integer.parseInt(year);
          return java.util.Optional.of(new BirthDate(y, y, 0, 0, approximate));
        }
      } catch (IllegalArgumentException e) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.empty();
    }
  }

  private static final class Entry {
    String dataId;
    String reference;
    String original;
    final List<ListedName> names = new ArrayList<>();
    final List<ListedName> aliases = new ArrayList<>();
    final List<BirthDate> births = new ArrayList<>();
    final Set<String> nationalities = new LinkedHashSet<>();
    final Set<String> countries = new LinkedHashSet<>();
    final List<String> programs = new ArrayList<>();

    ListEntry build(String list, String id, PartyType type) {
      return new ListEntry(
          list, id, type, names, births, nationalities, countries, programs, List.of());
    }
  }
}
