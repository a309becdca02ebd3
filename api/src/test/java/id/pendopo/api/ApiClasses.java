package id.pendopo.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Stream;

/** Finds the compiled classes of a package tree in a directory or jar of the test classpath. */
public final class ApiClasses {

    private ApiClasses() {
    }

    /** The Open311 GeoReport v2 application's package: its own application, path and error format. */
    public static final String OPEN311 = "id.pendopo.api.open311";

    /**
     * The JAX-RS resource methods of the API under /v1: methods with an HTTP method annotation in classes with
     * @Path, except those of the Open311 application (which the main API does not serve, see Open311Guard).
     */
    public static List<Method> resourceMethods() {
        return resourceMethods("id.pendopo.api").stream()
                .filter(m -> !m.getDeclaringClass().getPackageName().equals(OPEN311)).toList();
    }

    /** The benchmark endpoints: 404 unless a benchmark switched them on, and deliberately not in the OpenAPI document. */
    public static final String BENCH = "id.pendopo.api.bench";

    /** The JAX-RS resource methods of the classes under {@code packageName}. */
    public static List<Method> resourceMethods(String packageName) {
        List<Method> methods = new java.util.ArrayList<>();
        for (Class<?> c : under(PendopoApi.class, packageName)) {
            if (!c.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                if (java.util.Arrays.stream(m.getAnnotations()).map(java.lang.annotation.Annotation::annotationType)
                        .anyMatch(a -> a.isAnnotationPresent(jakarta.ws.rs.HttpMethod.class))) {
                    methods.add(m);
                }
            }
        }
        return methods;
    }

    /** Every top-level and nested class under {@code packageName} in the code source of {@code anchor}. */
    public static List<Class<?>> under(Class<?> anchor, String packageName) {
        try {
            Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(root)) {
                Path dir = root.resolve(packageName.replace('.', '/'));
                try (Stream<Path> files = Files.walk(dir)) {
                    return load(files.map(f -> root.relativize(f).toString()).toList());
                }
            }
            try (var jar = new java.util.jar.JarFile(root.toFile())) {
                String prefix = packageName.replace('.', '/') + "/";
                return load(jar.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.startsWith(prefix)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> load(List<String> names) {
        return names.stream()
                .filter(n -> n.endsWith(".class") && !n.endsWith("package-info.class") && !n.endsWith("module-info.class"))
                .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                .sorted()
                .<Class<?>>map(ApiClasses::forName)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static Class<?> forName(String name) {
        try {
            return Class.forName(name, false, ApiClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } catch (LinkageError needsAContainerLibrary) {
            // Extends or implements a type only the server provides; not one of the classes the tests look for.
            return null;
        }
    }
}
