package org.grantwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DeclareRoles;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.grantwell.workflow.demo.DemoDataService;
import org.grantwell.workflow.model.CandidateGroups;
import org.junit.jupiter.api.Test;

class SecurityConfigurationTest {

  private final DatabaseIdentityStoreDefinition store =
      SecurityConfiguration.class.getAnnotation(DatabaseIdentityStoreDefinition.class);

  @Test
  void shouldHashLikeTheDemoDataWhenVerifyingPasswords() {
    Map<String, String> parameters =
        Arrays.stream(store.hashAlgorithmParameters())
            .map(parameter -> parameter.split("=", 2))
            .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));

    assertThat(store.hashAlgorithm()).isEqualTo(Pbkdf2PasswordHash.class);
    assertThat(parameters).isEqualTo(DemoDataService.HASH_PARAMETERS);
  }

  @Test
  void shouldReadTheServerDataSourceWithOnlyEnabledUsers() {
    assertThat(store.dataSourceLookup()).isEqualTo("jdbc/grantwell");
    assertThat(store.callerQuery()).contains("enabled = true");
  }

  @Test
  void shouldDeclareEveryCandidateGroupAsRole() {
    DeclareRoles roles = SecurityConfiguration.class.getAnnotation(DeclareRoles.class);

    assertThat(roles.value()).containsExactlyInAnyOrderElementsOf(CandidateGroups.ALL);
  }
}
