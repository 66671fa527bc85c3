package org.grantwell.workflow.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.reflect.Field;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.grantwell.workflow.engine.ProcessEngineBootstrap;
import org.junit.jupiter.api.Test;

class HealthServiceTest {

  private static HealthService service(DataSource dataSource) throws Exception {
    HealthService service = new HealthService();
    set(service, "dataSource", dataSource);
    set(service, "bootstrap", mock(ProcessEngineBootstrap.class));
    return service;
  }

  private static void set(Object target, String name, Object value) throws Exception {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }

  @Test
  void shouldReportDownWithoutADatabaseNameWhenTheDatabaseCannotBeReached() throws Exception {
    DataSource unreachable = mock(DataSource.class);
    when(unreachable.getConnection()).thenThrow(new SQLException("Connection refused", "08001"));

    HealthReport report = service(unreachable).check();

    assertThat(report.up()).isFalse();
    assertThat(report.status()).isEqualTo("DOWN");
    assertThat(report.database()).isNull();
    assertThat(report.message()).isEqualTo("The database cannot be reached");
  }
}
