package org.grantwell.db.audit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import org.grantwell.db.shared.Money;

/**
 * Renders the values of an audited entity as compact JSON text with the keys sorted, so that the
 * same values always give the same text (and hash). Numbers stay numbers ({@link Money} as pounds
 * with two places, {@code 125000.00}); booleans and null stay themselves; maps and collections
 * nest (a set without an order is sorted); enums give their name and anything else its {@code toString()}, as a string.
 */
public final class AuditValue {

  private AuditValue() {}

  /** The JSON object of these values, or null for no values (the old value of a creation). */
  public static String json(Map<String, ?> values) {
    if (values == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    writeObject(out, values);
    return out.toString();
  }

  private static void writeObject(StringBuilder out, Map<?, ?> values) {
    TreeMap<String, Object> sorted = new TreeMap<>();
    values.forEach(
        (key, value) -> {
          if (!(key instanceof String name)) {
            throw new IllegalArgumentException("Audit value keys are strings, not " + key);
          }
          sorted.put(name, value);
        });
    out.append('{');
    String separator = "";
    for (Map.Entry<String, Object> entry : sorted.entrySet()) {
      out.append(separator);
      writeString(out, entry.getKey());
      out.append(':');
      writeValue(out, entry.getValue());
      separator = ",";
    }
    out.append('}');
  }

  private static void writeValue(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
        || value instanceof Short || value instanceof Byte || value instanceof BigInteger) {
      out.append(value);
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.toPlainString());
    } else if (value instanceof Money money) {
      out.append(money.amount().toPlainString());
    } else if (value instanceof Double || value instanceof Float) {
      writeFloating(out, ((Number) value).doubleValue());
    } else if (value instanceof Map<?, ?> map) {
      writeObject(out, map);
    } else if (value instanceof Collection<?> items) {
      writeArray(out, items);
    } else if (value instanceof Enum<?> constant) {
      writeString(out, constant.name());
    } else {
      writeString(out, value.toString());
    }
  }

  private static void writeFloating(StringBuilder out, double number) {
    if (Double.isNaN(number) || Double.isInfinite(number)) {
      throw new IllegalArgumentException("JSON has no " + number);
    }
    out.append(BigDecimal.valueOf(number).toPlainString());
  }

  /** Lists keep their order; a set without one is sorted by its items' JSON, to be repeatable. */
  private static void writeArray(StringBuilder out, Collection<?> items) {
    List<String> rendered = new ArrayList<>(items.size());
    for (Object item : items) {
      StringBuilder one = new StringBuilder();
      writeValue(one, item);
      rendered.add(one.toString());
    }
    if (items instanceof Set<?> && !(items instanceof SortedSet<?>)) {
      Collections.sort(rendered);
    }
    out.append('[').append(String.join(",", rendered)).append(']');
  }

  /** A JSON string literal: quotes, backslashes and control characters escaped (RFC 8259). */
  static void writeString(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
