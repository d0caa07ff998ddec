package dev.followup.system;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Metric tags name routes, never raw paths: a request that matched no route template (a CORS
 * preflight to a made-up path, say) is counted as {@code UNMATCHED}. Otherwise every made-up path
 * would become a tag of its own until the tag limit is reached, and real endpoints would stop being
 * recorded.
 */
class RouteTemplateTags {

    static final String UNMATCHED = "UNMATCHED";

    @Produces
    @Singleton
    MeterFilter onlyRouteTemplates(BeanManager beans) {
        Set<String> templates = templates(beans);
        return MeterFilter.replaceTagValues("uri", uri -> isKnown(uri, templates) ? uri : UNMATCHED);
    }

    /** Quarkus' own names for what matched nothing (NOT_FOUND, REDIRECTION, ...) and every resource path. */
    static boolean isKnown(String uri, Set<String> templates) {
        return templates.contains(uri) || uri.chars().allMatch(c -> c == '_' || Character.isUpperCase(c))
                || "root".equals(uri);
    }

    private static Set<String> templates(BeanManager beans) {
        Set<String> templates = new HashSet<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (isResourceMethod(method)) {
                    Path sub = method.getAnnotation(Path.class);
                    templates.add(join(root.value(), sub == null ? "" : sub.value()));
                }
            }
        }
        return templates;
    }

    private static boolean isResourceMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    private static String join(String root, String sub) {
        String path = "/" + root.replaceAll("^/+|/+$", "") + (sub.isEmpty() ? "" : "/" + sub.replaceAll("^/+|/+$", ""));
        return path.equals("/") ? path : path.replaceAll("/+$", "");
    }
}
