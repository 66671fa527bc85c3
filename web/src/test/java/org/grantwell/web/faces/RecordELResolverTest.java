package org.grantwell.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

  public record Row(String name, long count) {}

  private final RecordELResolver resolver = new RecordELResolver();
  private final ELContext context = mock(ELContext.class);

  @Test
  void shouldReadAComponentAndSayItResolvedIt() {
    Row row = new Row("Kent", 3);

    assertThat(resolver.getValue(context, row, "name")).isEqualTo("Kent");
    assertThat(resolver.getValue(context, row, "count")).isEqualTo(3L);
    verify(context).setPropertyResolved(row, "name");
    verify(context).setPropertyResolved(row, "count");
  }

  @Test
  void shouldLeaveOtherPropertiesAndOtherObjectsToTheNextResolver() {
    assertThat(resolver.getValue(context, new Row("Kent", 3), "missing")).isNull();
    assertThat(resolver.getValue(context, "not a record", "length")).isNull();
    assertThat(resolver.getValue(context, null, "name")).isNull();
    verify(context, never()).setPropertyResolved(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
  }

  @Test
  void shouldBeReadOnlyForComponents() {
    Row row = new Row("Kent", 3);

    assertThat(resolver.isReadOnly(context, row, "name")).isTrue();
    assertThatThrownBy(() -> resolver.setValue(context, row, "name", "Avon")).isInstanceOf(PropertyNotWritableException.class);
    assertThat(resolver.isReadOnly(context, row, "missing")).isFalse();
  }
}
