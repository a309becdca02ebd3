package id.pendopo.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated document, which /api/openapi serves, describes every operation the code has. */
class OpenApiDocumentTest {

    private static final java.nio.file.Path DOCUMENT = java.nio.file.Path.of("target/openapi/openapi.json");

    @Test
    void everyResourceMethodIsAnOperationOfTheDocument() throws IOException {
        JsonObject paths;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(DOCUMENT))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        String base = id.pendopo.api.PendopoApi.class.getAnnotation(ApplicationPath.class).value();
        List<String> missing = new ArrayList<>();
        List<Method> methods = id.pendopo.api.ApiClasses.resourceMethods().stream()
                .filter(m -> !m.getDeclaringClass().getPackageName().equals(id.pendopo.api.ApiClasses.BENCH)).toList();
        for (Method m : methods) {
            String path = join(base, m.getDeclaringClass().getAnnotation(Path.class).value(),
                    m.isAnnotationPresent(Path.class) ? m.getAnnotation(Path.class).value() : "");
            String verb = httpMethod(m).toLowerCase();
            JsonObject item = paths.getJsonObject(path);
            if (item == null || !item.containsKey(verb)) {
                missing.add(verb.toUpperCase() + " " + path);
            }
        }

        assertThat(methods).isNotEmpty();
        assertThat(missing).as("operations missing from %s", DOCUMENT).isEmpty();
        assertThat(paths.keySet()).allSatisfy(p -> assertThat(p).startsWith("/v1/"));
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        throw new IllegalArgumentException(m.toString());
    }

    private static String join(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String part : parts) {
            String p = part.replaceAll("^/+|/+$", "");
            if (!p.isEmpty()) {
                s.append('/').append(p);
            }
        }
        return s.toString();
    }
}
