package org.grantwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.grantwell.web.rest.RestApplication;
import org.grantwell.web.security.AuthorisationMatrix.Entry;
import org.grantwell.web.security.AuthorisationMatrix.Scope;
import org.grantwell.web.security.AuthorisationMatrix.Surface;
import org.grantwell.workflow.model.CandidateGroups;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix against the code: every JAX-RS resource method (found by reflection in
 * the REST package) and every page under {@code src/main/webapp} has exactly one entry, every entry
 * names something that exists, and each endpoint's effective {@code @RolesAllowed}/{@code
 * @PermitAll} is the entry's.
 */
class AuthorisationMatrixTest {

  private static final String REST_PACKAGE = RestApplication.class.getPackageName();
  private static final List<Class<? extends Annotation>> HTTP_METHODS =
      List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class);
  private static final java.nio.file.Path WEBAPP = Paths.get("src", "main", "webapp");

  /** What the annotations say about one resource method. */
  record Endpoint(String key, boolean open, Set<String> roles, String where) {}

  @Test
  void shouldHaveAnEntryForEveryEndpoint() throws Exception {
    List<String> missing = endpoints().keySet().stream()
        .filter(key -> AuthorisationMatrix.api().stream().noneMatch(e -> e.key().equals(key)))
        .toList();

    assertThat(missing).as("endpoints with no entry in AuthorisationMatrix").isEmpty();
  }

  @Test
  void shouldNameOnlyEndpointsThatExist() throws Exception {
    Set<String> existing = endpoints().keySet();

    List<String> unknown = AuthorisationMatrix.api().stream().map(Entry::key).filter(key -> !existing.contains(key)).toList();

    assertThat(unknown).as("matrix entries with no resource method").isEmpty();
  }

  @Test
  void shouldAllowExactlyTheMatrixRolesOnEveryEndpoint() throws Exception {
    List<String> differences = new ArrayList<>();
    for (Endpoint endpoint : endpoints().values()) {
      AuthorisationMatrix.find(Surface.API, method(endpoint.key()), path(endpoint.key())).ifPresent(entry -> {
        if (entry.open() != endpoint.open() || !entry.roles().equals(endpoint.roles())) {
          differences.add(endpoint.key() + " (" + endpoint.where() + "): code " + describe(endpoint.open(), endpoint.roles())
              + ", matrix " + describe(entry.open(), entry.roles()));
        }
      });
    }

    assertThat(differences).as("@RolesAllowed/@PermitAll that differ from the matrix").isEmpty();
  }

  @Test
  void shouldStateTheAccessOfEveryEndpointExplicitly() throws Exception {
    List<String> unannotated = endpoints().values().stream()
        .filter(e -> e.where().equals("none"))
        .map(Endpoint::key)
        .toList();

    assertThat(unannotated).as("endpoints with neither @RolesAllowed nor @PermitAll on method or class").isEmpty();
  }

  @Test
  void shouldHaveAnEntryForEveryPage() throws IOException {
    List<String> missing = pages().stream()
        .filter(page -> AuthorisationMatrix.find(Surface.PAGE, "GET", page).isEmpty())
        .toList();

    assertThat(pages()).as("pages found under " + WEBAPP.toAbsolutePath()).contains("/login.xhtml", "/app/home.xhtml");
    assertThat(missing).as("pages with no entry in AuthorisationMatrix").isEmpty();
  }

  @Test
  void shouldNameOnlyPagesThatExist() throws IOException {
    List<String> pages = pages();

    List<String> unknown = AuthorisationMatrix.pages().stream()
        .map(Entry::path)
        .filter(path -> !path.endsWith("/*") && !pages.contains(path))
        .toList();

    assertThat(unknown).as("page entries with no .xhtml file").isEmpty();
  }

  @Test
  void shouldListEachEntryOnceWithKnownRoles() {
    List<String> keys = AuthorisationMatrix.ENTRIES.stream().map(e -> e.surface() + " " + e.key()).toList();
    Set<String> roles = AuthorisationMatrix.ENTRIES.stream().flatMap(e -> e.roles().stream()).collect(Collectors.toSet());

    assertThat(keys).doesNotHaveDuplicates();
    assertThat(CandidateGroups.ALL).containsAll(roles);
    assertThat(AuthorisationMatrix.ENTRIES).allSatisfy(e -> assertThat(e.open()).as(e.key()).isEqualTo(e.roles().isEmpty()));
  }

  @Test
  void shouldNameTheRecordOfEveryRecordScopedPage() {
    assertThat(AuthorisationMatrix.pages())
        .filteredOn(e -> e.scope() == Scope.RECORD)
        .allSatisfy(e -> assertThat(e.record()).as(e.path()).matches("[a-z]+=(bid|task|round)"));
  }

  @Test
  void shouldAnswerNotFoundRatherThanForbiddenForAnotherOrganisationsBid() {
    assertThat(AuthorisationMatrix.api())
        .filteredOn(e -> e.path().matches("/api/bids/\\{(id|bidId)}.*"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.scope()).as(e.key()).isEqualTo(Scope.RECORD));
  }

  // --- the code as it is

  /** Every resource method in the REST package, by "METHOD /api/path". */
  static Map<String, Endpoint> endpoints() throws IOException, URISyntaxException, ClassNotFoundException {
    String root = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value();
    Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    for (Class<?> type : restClasses()) {
      if (!type.isAnnotationPresent(Path.class)) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        for (Class<? extends Annotation> http : HTTP_METHODS) {
          if (method.isAnnotationPresent(http)) {
            String key = http.getSimpleName() + " " + join(root, type.getAnnotation(Path.class).value(), pathOf(method));
            endpoints.put(key, effective(key, type, method));
          }
        }
      }
    }
    assertThat(endpoints).as("resource methods found in " + REST_PACKAGE).hasSizeGreaterThan(20);
    return endpoints;
  }

  private static List<Class<?>> restClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    // the main classes' directory, not test-classes (which has the same package)
    URL location = RestApplication.class.getProtectionDomain().getCodeSource().getLocation();
    java.nio.file.Path directory = Paths.get(location.toURI()).resolve(REST_PACKAGE.replace('.', '/'));
    ClassLoader loader = RestApplication.class.getClassLoader(); // not initialised: no JAX-RS runtime here
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.list(directory)) {
      for (String name : files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$")).sorted().toList()) {
        classes.add(Class.forName(REST_PACKAGE + "." + name.substring(0, name.length() - ".class".length()), false, loader));
      }
    }
    return classes;
  }

  /** Jersey's precedence: on the method DenyAll, RolesAllowed, PermitAll; then the same on the class. */
  private static Endpoint effective(String key, Class<?> type, Method method) {
    for (AnnotatedElement element : List.of(method, type)) {
      String where = element == method ? "method" : "class";
      if (element.isAnnotationPresent(DenyAll.class)) {
        return new Endpoint(key, false, Set.of(), where + " @DenyAll");
      }
      if (element.isAnnotationPresent(RolesAllowed.class)) {
        return new Endpoint(key, false, Set.of(element.getAnnotation(RolesAllowed.class).value()), where + " @RolesAllowed");
      }
      if (element.isAnnotationPresent(PermitAll.class)) {
        return new Endpoint(key, true, Set.of(), where + " @PermitAll");
      }
    }
    return new Endpoint(key, true, Set.of(), "none");
  }

  private static String pathOf(Method method) {
    Path path = method.getAnnotation(Path.class);
    return path == null ? "" : path.value();
  }

  /** Joins path segments with single slashes: ("/api", "bids", "{id}") is /api/bids/{id}. */
  static String join(String... parts) {
    String joined = Arrays.stream(parts)
        .flatMap(p -> Arrays.stream(p.split("/")))
        .filter(s -> !s.isBlank())
        .collect(Collectors.joining("/"));
    return "/" + joined;
  }

  /** The addressable pages: every .xhtml outside WEB-INF and resources, as /path. */
  static List<String> pages() throws IOException {
    try (Stream<java.nio.file.Path> files = Files.walk(WEBAPP)) {
      return files
          .filter(f -> f.toString().endsWith(".xhtml"))
          .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/") && !p.startsWith("/META-INF/"))
          .sorted()
          .toList();
    }
  }

  private static String method(String key) {
    return key.substring(0, key.indexOf(' '));
  }

  private static String path(String key) {
    return key.substring(key.indexOf(' ') + 1);
  }

  private static String describe(boolean open, Set<String> roles) {
    return open ? "public" : new TreeSet<>(roles).toString();
  }
}
