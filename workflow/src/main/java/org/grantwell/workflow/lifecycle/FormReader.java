package org.grantwell.workflow.lifecycle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.shared.InputChecks;

/**
 * Reads a task form (the JSON object a client sends to complete a task) field by field, collecting
 * every problem with its field path, so that one answer lists them all and nothing is written.
 */
public final class FormReader {

  private final Map<String, Object> form;
  private final String prefix;
  private final InputChecks checks;

  public FormReader(Map<String, Object> form) {
    this(form, "", new InputChecks());
  }

  private FormReader(Map<String, Object> form, String prefix, InputChecks checks) {
    this.form = form == null ? Map.of() : form;
    this.prefix = prefix;
    this.checks = checks;
  }

  public String field(String name) {
    return prefix + name;
  }

  /** Text of at most {@code max} characters; "" when absent and not required. */
  public String text(String name, boolean required, int max) {
    Object value = form.get(name);
    if (value != null && !(value instanceof String)) {
      checks.invalid(field(name), "Give text here");
      return null;
    }
    String text = (String) value;
    if (required && checks.required(field(name), text) == null) {
      return null;
    }
    return checks.text(field(name), text, max);
  }

  public Boolean bool(String name, boolean required) {
    Object value = form.get(name);
    if (value == null) {
      if (required) {
        checks.add(InputChecks.REQUIRED, field(name), "Answer true or false");
      }
      return null;
    }
    if (value instanceof Boolean flag) {
      return flag;
    }
    checks.invalid(field(name), "Answer true or false");
    return null;
  }

  public Integer integer(String name, boolean required, int min, int max) {
    BigDecimal number = number(name, required);
    if (number == null) {
      return null;
    }
    if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      checks.invalid(field(name), "Give a whole number from " + min + " to " + max);
      return null;
    }
    return number.intValueExact();
  }

  /** A decimal from {@code min} to {@code max} inclusive, at most two places. */
  public BigDecimal decimal(String name, boolean required, BigDecimal min, BigDecimal max) {
    BigDecimal number = number(name, required);
    if (number == null) {
      return null;
    }
    if (number.compareTo(min) < 0 || number.compareTo(max) > 0 || number.stripTrailingZeros().scale() > 2) {
      checks.invalid(field(name), "Give a number from " + min.toPlainString() + " to " + max.toPlainString() + " with at most two decimal places");
      return null;
    }
    return number;
  }

  public Money money(String name, boolean required, boolean zeroAllowed) {
    BigDecimal number = number(name, required);
    if (number == null) {
      return null;
    }
    if (number.stripTrailingZeros().scale() > 2) {
      checks.invalid(field(name), "Give pounds and pence (at most two decimal places)");
      return null;
    }
    return checks.money(field(name), number, zeroAllowed);
  }

  public FinancialYear year(String name) {
    String text = text(name, true, 16);
    return text == null ? null : checks.year(field(name), text);
  }

  public <E extends Enum<E>> E choice(String name, Class<E> type) {
    Object value = form.get(name);
    if (value == null) {
      checks.add(InputChecks.REQUIRED, field(name), "Choose one of "
          + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
      return null;
    }
    if (value != null && !(value instanceof String)) {
      checks.invalid(field(name), "Give one of the names");
      return null;
    }
    return checks.enumValue(field(name), type, (String) value);
  }

  /** The objects of a list field, each read with its index in the field path; at most {@code max}. */
  public List<FormReader> list(String name, boolean required, int max) {
    Object value = form.get(name);
    List<FormReader> items = new ArrayList<>();
    if (value == null) {
      if (required) {
        checks.add(InputChecks.REQUIRED, field(name), "Give at least one entry");
      }
      return items;
    }
    if (!(value instanceof List<?> list)) {
      checks.invalid(field(name), "Give a list");
      return items;
    }
    if (required && list.isEmpty()) {
      checks.add(InputChecks.REQUIRED, field(name), "Give at least one entry");
      return items;
    }
    if (list.size() > max) {
      checks.invalid(field(name), "Give at most " + max + " entries");
      return items;
    }
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      String itemPrefix = field(name) + "[" + i + "].";
      if (item instanceof Map<?, ?> map) {
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = (Map<String, Object>) map;
        items.add(new FormReader(entry, itemPrefix, checks));
      } else {
        checks.invalid(field(name) + "[" + i + "]", "Give an object here");
      }
    }
    return items;
  }

  public void invalid(String name, String message) {
    checks.invalid(field(name), message);
  }

  public void add(String code, String name, String message) {
    checks.add(code, field(name), message);
  }

  /** Throws the collected problems (422), if any; call before writing anything. */
  public void throwIfAny() {
    checks.throwIfAny();
  }

  private BigDecimal number(String name, boolean required) {
    Object value = form.get(name);
    if (value == null) {
      if (required) {
        checks.add(InputChecks.REQUIRED, field(name), "This is required");
      }
      return null;
    }
    if (value instanceof BigDecimal number) {
      return number;
    }
    if (value instanceof Number number) {
      try {
        return new BigDecimal(number.toString());
      } catch (NumberFormatException e) {
        checks.invalid(field(name), "Give a finite number");
        return null;
      }
    }
    if (value instanceof String text) {
      try {
        return new BigDecimal(text.strip());
      } catch (NumberFormatException e) {
        checks.invalid(field(name), "Give a number, not '" + text + "'");
        return null;
      }
    }
    checks.invalid(field(name), "Give a number");
    return null;
  }
}
