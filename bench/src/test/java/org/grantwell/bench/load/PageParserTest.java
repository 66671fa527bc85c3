package org.grantwell.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PageParserTest {

  private static final String PAGE = """
      <form id="user-form" name="user-form" method="post"><input type="hidden" name="user-form" value="user-form" /></form>
      <form id="inbox" name="inbox" method="post" action="/app/tasks.xhtml">
      <input type="hidden" name="inbox" value="inbox" />
      <select id="inbox:tasks:j_id12" name="inbox:tasks_rppDD"><option value="10">10</option><option value="20" selected="selected">20</option></select>
      <input id="inbox:tasks:j_idt23:filter" name="inbox:tasks:j_idt23:filter" type="search" value="" />
      <input type="checkbox" name="inbox:unchecked" value="on" />
      <button id="inbox:claim" name="inbox:claim" type="submit">Claim</button>
      <input type="hidden" name="jakarta.faces.ViewState" id="j_id1:jakarta.faces.ViewState:1" value="79:-17&amp;x" autocomplete="off" />
      </form>
      <script nonce="abc">PrimeFaces.csp.init('NzU1NmVl');</script>
      """;

  @Test
  void shouldReadTheViewStateAndTheNonce() {
    assertThat(PageParser.viewState(PAGE)).hasValue("79:-17&x");
    assertThat(PageParser.nonce(PAGE)).hasValue("NzU1NmVl");
  }

  @Test
  void shouldSubmitTheFormsFieldsAsABrowserWould() {
    Map<String, String> fields = PageParser.formFields(PAGE, "inbox");
    assertThat(fields).containsEntry("inbox", "inbox").containsEntry("inbox:tasks_rppDD", "20")
        .containsEntry("inbox:tasks:j_idt23:filter", "").containsEntry("jakarta.faces.ViewState", "79:-17&x")
        .doesNotContainKeys("user-form", "inbox:unchecked", "inbox:claim");
  }

  @Test
  void shouldFindAGeneratedFieldByItsPrefix() {
    assertThat(PageParser.fieldNamed(Map.of("login:j_idt23", ""), "login:j_idt")).hasValue("login:j_idt23");
  }

  @Test
  void shouldAcceptAPartialResponseThatUpdatesTheTable() {
    String xml = "<?xml version='1.0' encoding='UTF-8'?>\n<partial-response><changes><update id=\"inbox:tasks\"><![CDATA[<tr></tr>]]></update>"
        + "<update id=\"j_id1:jakarta.faces.ViewState:0\"><![CDATA[79:-18]]></update>"
        + "<extension ln=\"primefaces\" type=\"args\">{&#34;totalRecords&#34;:41}</extension></changes></partial-response>";
    assertThat(PageParser.partialUpdates(xml, "inbox:tasks")).isTrue();
    assertThat(PageParser.totalRecords(xml)).hasValue(41);
    assertThat(PageParser.partialViewState(xml)).hasValue("79:-18");
  }

  @Test
  void shouldRefuseAPartialResponseWithAnError() {
    String xml = "<?xml version='1.0'?><partial-response><error><error-name>ViewExpiredException</error-name></error></partial-response>";
    assertThat(PageParser.partialUpdates(xml, "inbox:tasks")).isFalse();
  }

  @Test
  void shouldSplitUsersByRoleAndGiveEveryRoleToEachOfFewUsers() {
    assertThat(Role.mix(50)).containsExactly(25, 15, 7, 3);
    assertThat(Role.mix(10)).containsExactly(5, 3, 1, 1);
    assertThat(Role.mix(1)).containsExactly(1, 1, 1, 1);
  }

  @Test
  void shouldChangeOnlyTheFirstBudgetLineAtTheVersionRead() {
    jakarta.json.JsonObject bid = VirtualUser.json("{\"version\":3,\"content\":{\"title\":\"T\",\"version\":null,\"budgetLines\":"
        + "[{\"description\":\"a\",\"amount\":1.00},{\"description\":\"b\",\"amount\":2.00}]}}").asJsonObject();
    jakarta.json.JsonObject draft = VirtualUser.json(VirtualUser.changedBudgetLine(bid, 7)).asJsonObject();
    assertThat(draft.getInt("version")).isEqualTo(3);
    assertThat(draft.getJsonArray("budgetLines").getJsonObject(0).getString("description")).contains("bench edit 7");
    assertThat(draft.getJsonArray("budgetLines").getJsonObject(1).getString("description")).isEqualTo("b");
  }
}
