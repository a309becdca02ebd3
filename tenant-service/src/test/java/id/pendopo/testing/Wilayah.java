package id.pendopo.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The official region files beside the repository (../shared/data/wilayah), as the build passes them in. */
public final class Wilayah {

    private Wilayah() {
    }

    public static Path file(String name) {
        String dir = System.getProperty("pendopo.wilayah.dir", "../shared/data/wilayah");
        Path path = Path.of(dir, name);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("Region data not found at " + path.toAbsolutePath()
                    + "; the shared folder must lie beside the repository");
        }
        return path;
    }
}
