package org.grantwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class ApiAuthenticationFeatureTest {

  @RolesAllowed("pcc-bidder")
  static class GuardedResource {
    public void list() {}

    @PermitAll
    public void open() {}

    @DenyAll
    public void closed() {}
  }

  static class PublicResource {
    public void list() {}

    @RolesAllowed("admin")
    public void create() {}
  }

  @PermitAll
  static class PermitAllResource {
    @RolesAllowed("panel")
    public void decide() {}

    public void list() {}
  }

  private static boolean requiresCaller(Class<?> type, String method) throws NoSuchMethodException {
    Method resourceMethod = type.getMethod(method);
    return ApiAuthenticationFeature.requiresCaller(type, resourceMethod);
  }

  @Test
  void shouldRequireCallerWhenClassHasRolesAllowed() throws Exception {
    assertThat(requiresCaller(GuardedResource.class, "list")).isTrue();
  }

  @Test
  void shouldNotRequireCallerWhenMethodPermitsAllInGuardedClass() throws Exception {
    assertThat(requiresCaller(GuardedResource.class, "open")).isFalse();
  }

  @Test
  void shouldLeaveDenyAllToTheRoleCheckWhenMethodDeniesAll() throws Exception {
    assertThat(requiresCaller(GuardedResource.class, "closed")).isFalse();
  }

  @Test
  void shouldRequireCallerWhenMethodHasRolesAllowedInPublicClass() throws Exception {
    assertThat(requiresCaller(PublicResource.class, "create")).isTrue();
    assertThat(requiresCaller(PermitAllResource.class, "decide")).isTrue();
  }

  @Test
  void shouldNotRequireCallerWhenNothingIsAnnotated() throws Exception {
    assertThat(requiresCaller(PublicResource.class, "list")).isFalse();
    assertThat(requiresCaller(PermitAllResource.class, "list")).isFalse();
  }

  @Test
  void shouldLetRequestThroughWhenCallerIsAuthenticated() {
    ContainerRequestContext request = mock(ContainerRequestContext.class);
    SecurityContext security = mock(SecurityContext.class);
    when(request.getSecurityContext()).thenReturn(security);
    when(security.getUserPrincipal()).thenReturn(new CallerPrincipal("admin"));

    new ApiAuthenticationFeature.RequireCallerFilter().filter(request);

    verify(request, never()).abortWith(any());
  }
}
