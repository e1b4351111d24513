package org.daniell.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Expands the paths given on the command line into the {@code .echem} files they name. */
final class SpecificationFiles {

    static final String EXTENSION = ".echem";

    private SpecificationFiles() {
    }

    /**
     * Files are taken as given; directories are walked for {@code *.echem}, in a stable order.
     *
     * @throws NoSuchFileException when a path does not exist
     */
    static List<Path> collect(List<Path> paths) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(EXTENSION))
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new NoSuchFileException(path.toString(), null, "no such file or directory");
            }
        }
        return new ArrayList<>(files);
    }
}
