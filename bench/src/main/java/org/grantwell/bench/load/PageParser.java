package org.grantwell.bench.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a JSF postback or PrimeFaces AJAX request must send back from a rendered page or a
 * partial response: the view state, the CSP nonce, the fields of a form. Regular expressions over
 * Mojarra's and PrimeFaces' own markup (stable, machine-written), so no HTML parser is needed.
 */
public final class PageParser {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");
  private static final Pattern PARTIAL_VIEW_STATE =
      Pattern.compile("<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)]]>");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");
  private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
  private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern SELECTED_OPTION = Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"[^>]*selected");
  private static final Pattern CHECKED = Pattern.compile("\\schecked(?=[\\s=/>]|$)");
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:.-]+)=\"([^\"]*)\"");
  private static final Pattern TOTAL_RECORDS = Pattern.compile("totalRecords&#34;:(\\d+)|\"totalRecords\":(\\d+)");

  private PageParser() {}

  /** The page's {@code jakarta.faces.ViewState}. */
  public static Optional<String> viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    return m.find() ? Optional.of(unescape(m.group(1))) : Optional.empty();
  }

  /** The view state a partial response hands back (it may change on each request). */
  public static Optional<String> partialViewState(String xml) {
    Matcher m = PARTIAL_VIEW_STATE.matcher(xml);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The {@code primefaces.nonce} of the page or partial response (PrimeFaces' CSP mode). */
  public static Optional<String> nonce(String html) {
    Matcher m = NONCE.matcher(html);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The fields a browser would submit with the form of that id: its inputs with a name (hidden,
   * text, search, password; checkboxes and radios only when checked) and each select's selected
   * option (or its first). Buttons are left out: the caller adds the one it presses.
   */
  public static Map<String, String> formFields(String html, String formId) {
    int start = html.indexOf("<form id=\"" + formId + "\"");
    if (start < 0) {
      throw new IllegalArgumentException("no form " + formId + " on the page");
    }
    int end = html.indexOf("</form>", start);
    String form = html.substring(start, end < 0 ? html.length() : end);
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form);
    while (input.find()) {
      Map<String, String> attributes = attributes(input.group(1));
      String name = attributes.get("name");
      String type = attributes.getOrDefault("type", "text").toLowerCase(java.util.Locale.ROOT);
      if (name == null || type.equals("submit") || type.equals("button") || type.equals("file") || type.equals("image")) {
        continue;
      }
      if ((type.equals("checkbox") || type.equals("radio")) && !CHECKED.matcher(input.group(1)).find()) {
        continue;
      }
      fields.putIfAbsent(name, unescape(attributes.getOrDefault("value", "")));
    }
    Matcher select = SELECT.matcher(form);
    while (select.find()) {
      String name = attributes(select.group(1)).get("name");
      if (name == null) {
        continue;
      }
      Matcher selected = SELECTED_OPTION.matcher(select.group(2));
      if (selected.find()) {
        fields.putIfAbsent(name, unescape(selected.group(1)));
      } else {
        Matcher first = Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"").matcher(select.group(2));
        if (first.find()) {
          fields.putIfAbsent(name, unescape(first.group(1)));
        }
      }
    }
    return fields;
  }

  /** The name of the first input whose name starts with that prefix (a generated id such as login:j_idt23). */
  public static Optional<String> fieldNamed(Map<String, String> fields, String prefix) {
    return fields.keySet().stream().filter(name -> name.startsWith(prefix)).findFirst();
  }

  /** Whether the partial response updates that component and reports no error. */
  public static boolean partialUpdates(String xml, String componentId) {
    return xml.startsWith("<?xml") && xml.contains("<partial-response") && xml.contains("<update id=\"" + componentId + "\">")
        && !xml.contains("<error>") && !xml.contains("<redirect");
  }

  /** The {@code totalRecords} PrimeFaces sends with a lazy table's page, if any. */
  public static Optional<Integer> totalRecords(String xml) {
    Matcher m = TOTAL_RECORDS.matcher(xml);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
  }

  static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      attributes.putIfAbsent(m.group(1), m.group(2));
    }
    return attributes;
  }

  static String unescape(String value) {
    return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
