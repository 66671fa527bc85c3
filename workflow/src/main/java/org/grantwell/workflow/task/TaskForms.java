package org.grantwell.workflow.task;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grantwell.workflow.shared.FieldError;
import org.grantwell.workflow.shared.InvalidInputException;

/**
 * The values a completed task's form may carry into the process: strings, booleans and whole
 * numbers only (process variables hold ids and decisions, never amounts or objects).
 */
final class TaskForms {

  private static final int MAX_TEXT = 4000;

  private TaskForms() {}

  static Map<String, Object> values(Map<String, Object> form) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    form.forEach(
        (name, value) -> {
          if (name == null || !name.matches("[a-z][A-Za-z0-9]{0,63}")) {
            errors.add(new FieldError("INVALID_VALUE", String.valueOf(name), "Form field names are lowerCamel words"));
          } else if (value instanceof String text && text.length() <= MAX_TEXT) {
            values.put(name, text);
          } else if (value instanceof Boolean flag) {
            values.put(name, flag);
          } else if (value instanceof BigDecimal number && number.stripTrailingZeros().scale() <= 0
              && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            values.put(name, number.longValueExact());
          } else {
            errors.add(new FieldError("INVALID_VALUE", name, "Give text (at most " + MAX_TEXT + " characters), true/false or a whole number"));
          }
        });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return values;
  }
}
