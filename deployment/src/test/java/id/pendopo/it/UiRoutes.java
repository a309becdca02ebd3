package id.pendopo.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Every Vaadin route of the UI WAR under test, read from its classes (the {@code @Route} annotation), so
 * that a view added later is checked by the browser tests without anyone listing it.
 */
final class UiRoutes {

    private UiRoutes() {
    }

    static List<String> all() {
        Path war = Path.of(System.getProperty("pendopo.it.uiWar"));
        Path dir = Path.of(System.getProperty("pendopo.it.dir"), "ui-war");
        try {
            unpack(war, dir);
            List<URL> urls = new ArrayList<>();
            urls.add(dir.resolve("WEB-INF/classes").toUri().toURL());
            try (Stream<Path> jars = Files.list(dir.resolve("WEB-INF/lib"))) {
                for (Path jar : jars.toList()) {
                    urls.add(jar.toUri().toURL());
                }
            }
            List<String> routes = new ArrayList<>();
            try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), UiRoutes.class.getClassLoader());
                 Stream<Path> classes = Files.walk(dir.resolve("WEB-INF/classes"))) {
                @SuppressWarnings("unchecked")
                Class<? extends Annotation> route = (Class<? extends Annotation>) loader.loadClass("com.vaadin.flow.router.Route");
                Method value = route.getMethod("value");
                for (Path file : classes.filter(p -> p.toString().endsWith(".class")).toList()) {
                    String name = dir.resolve("WEB-INF/classes").relativize(file).toString()
                            .replace('/', '.').replaceAll("\\.class$", "");
                    Class<?> type;
                    try {
                        type = Class.forName(name, false, loader);
                    } catch (ClassNotFoundException | LinkageError e) {
                        continue;
                    }
                    Annotation a = type.getAnnotation(route);
                    if (a != null) {
                        routes.add("/" + value.invoke(a));
                    }
                }
            }
            return routes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the UI's routes", e);
        }
    }

    private static void unpack(Path war, Path dir) throws IOException {
        try (ZipFile zip = new ZipFile(war.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory() || !e.getName().startsWith("WEB-INF/")) {
                    continue;
                }
                Path target = dir.resolve(e.getName()).normalize();
                if (!target.startsWith(dir)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
