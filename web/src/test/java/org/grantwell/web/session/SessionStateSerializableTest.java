package org.grantwell.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * In a cluster the web module is {@code distributable}: the HTTP session, and with it every
 * view-scoped and session-scoped bean and the JSF views, is serialised and replicated to the other
 * instances (Payara's Hazelcast web session persistence). Every field such a bean keeps, and every
 * type those fields hold (record components, collection elements), must therefore be
 * serialisable, or the session is lost with the instance that served it.
 */
class SessionStateSerializableTest {

  @Test
  void shouldKeepOnlySerializableStateInViewAndSessionScopedBeans() throws Exception {
    List<Class<?>> beans = beanClasses();
    assertThat(beans).as("view and session scoped beans found").hasSizeGreaterThan(5);
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      check(bean, bean.getSimpleName(), problems, new HashSet<>());
    }
    assertThat(problems).as("state that cannot be replicated").isEmpty();
  }

  private static void check(Class<?> type, String path, List<String> problems, Set<Type> seen) {
    if (!seen.add(type) || type.isPrimitive() || type.isEnum()) {
      return;
    }
    if (!Serializable.class.isAssignableFrom(type) && !type.isInterface()) {
      problems.add(path + ": " + type.getName() + " is not Serializable");
      return;
    }
    if (type.getName().startsWith("java.")) {
      return;
    }
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        checkType(component.getGenericType(), path + "." + component.getName(), problems, seen);
      }
      return;
    }
    for (Class<?> c = type; c != null && !c.getName().startsWith("java.") && !c.getName().startsWith("org.primefaces"); c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
          continue;
        }
        if (field.isAnnotationPresent(jakarta.inject.Inject.class)) {
          continue; // CDI injects serialisable client proxies of normal-scoped beans
        }
        checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
      }
    }
  }

  private static void checkType(Type type, String path, List<String> problems, Set<Type> seen) {
    if (type instanceof Class<?> c) {
      if (c.isArray()) {
        checkType(c.getComponentType(), path + "[]", problems, seen);
      } else if (c == Optional.class) {
        problems.add(path + ": Optional is not Serializable");
      } else if (!(Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c) || c == Object.class)) {
        check(c, path, problems, seen);
      }
    } else if (type instanceof ParameterizedType p) {
      checkType(p.getRawType(), path, problems, seen);
      for (Type argument : p.getActualTypeArguments()) {
        checkType(argument, path + "<>", problems, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      checkType(a.getGenericComponentType(), path + "[]", problems, seen);
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        checkType(bound, path, problems, seen);
      }
    }
  }

  private static List<Class<?>> beanClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(SessionStateSerializableTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .getParent().resolve("classes");
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> c = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
        if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
          beans.add(c);
        }
      }
    }
    return beans;
  }
}
