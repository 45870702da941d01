package org.coexist.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.coexist.model.Topology;

/**
 * The folder of recovery copies: for each unsaved document, {@code <id>.coexist.json} (a valid topology file) and
 * {@code <id>.json} beside it, saying what the copy belongs to ({@link RecoveryCopy}). Both are written
 * atomically, the description first, so that a copy never lacks one; a description without its copy is left by a
 * process that died before its first copy and is removed once that process is gone. Copies of a process that
 * still runs are never offered, however many designers share the folder.
 *
 * <p>Not for the UI thread: every method reads or writes files.
 */
public final class RecoveryStore {
    static final String COPY_SUFFIX = ".coexist.json";
    static final String ABOUT_SUFFIX = ".json";
    private static final String FORMAT = "coexist-recovery";
    private static final int VERSION = 1;
    private static final System.Logger LOG = System.getLogger(RecoveryStore.class.getName());

    private final Path folder;
    private final TopologyWriter writer = new TopologyWriter();
    private final AtomicFileWrite atomicWrite = new AtomicFileWrite(UnaryOperator.identity());
    private final ObjectMapper json = new ObjectMapper();

    public RecoveryStore(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    public Path folder() {
        return folder;
    }

    public Path copyFile(String id) {
        return folder.resolve(id + COPY_SUFFIX);
    }

    public Path aboutFile(String id) {
        return folder.resolve(id + ABOUT_SUFFIX);
    }

    /** Writes (or replaces) the copy of a document as it stands, and what it belongs to. */
    public void write(RecoveryCopy about, Topology snapshot) throws IOException {
        createFolder();
        writeAbout(about);
        writer.write(snapshot, copyFile(about.id()));
    }

    /** Records a new owner: a designer that restores a left-over copy takes it over, so no other one offers it. */
    public void claim(RecoveryCopy copy, ProcessOwner owner) throws IOException {
        createFolder();
        writeAbout(copy.ownedBy(owner));
    }

    /** Removes a copy and its description; nothing happens when there is none. */
    public void delete(String id) throws IOException {
        Files.deleteIfExists(copyFile(id));
        Files.deleteIfExists(aboutFile(id));
    }

    /**
     * The copies whose owner is gone, newest first. Descriptions that cannot be read are skipped (and logged);
     * descriptions of a gone owner without a copy are removed.
     */
    public List<RecoveryCopy> leftovers() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<RecoveryCopy> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + ABOUT_SUFFIX)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.endsWith(COPY_SUFFIX) || name.startsWith(".")) {
                    continue;
                }
                RecoveryCopy copy = readAbout(entry, name.substring(0, name.length() - ABOUT_SUFFIX.length()));
                if (copy == null || copy.owner().isAlive()) {
                    continue;
                }
                if (Files.isRegularFile(copyFile(copy.id()))) {
                    found.add(copy);
                } else {
                    Files.deleteIfExists(entry);
                }
            }
        }
        found.sort(Comparator.comparing(RecoveryCopy::saved).reversed());
        return found;
    }

    /** The topology of a copy, read as any topology file is. */
    public Topology read(RecoveryCopy copy, TopologyReader reader) throws TopologyFileException {
        return reader.read(copyFile(copy.id()));
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        // Copies hold the user's designs: on POSIX systems the folder is the user's alone.
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException raced) {
                // Another designer made it a moment ago.
            }
        } else {
            Files.createDirectories(folder);
        }
    }

    private void writeAbout(RecoveryCopy about) throws IOException {
        ObjectNode node = json.createObjectNode();
        node.put("format", FORMAT);
        node.put("version", VERSION);
        node.put("original", about.original() == null ? null : about.original().toAbsolutePath().toString());
        node.put("name", about.name());
        node.put("saved", about.saved().toString());
        node.put("pid", about.owner().pid());
        node.put("processStarted", about.owner().started() == null ? null : about.owner().started().toString());
        byte[] bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        atomicWrite.write(aboutFile(about.id()), bytes);
    }

    private RecoveryCopy readAbout(Path file, String id) {
        try {
            JsonNode node = json.readTree(file.toFile());
            if (node == null || !FORMAT.equals(node.path("format").asText()) || !node.path("pid").canConvertToLong()) {
                LOG.log(System.Logger.Level.WARNING, file + ": not a Coexist recovery description; left alone");
                return null;
            }
            String original = node.path("original").isTextual() ? node.get("original").asText() : null;
            String started = node.path("processStarted").isTextual() ? node.get("processStarted").asText() : null;
            return new RecoveryCopy(id, original == null ? null : Path.of(original), node.path("name").asText(""),
                    Instant.parse(node.path("saved").asText()),
                    new ProcessOwner(node.get("pid").asLong(), started == null ? null : Instant.parse(started)));
        } catch (IOException | DateTimeParseException | InvalidPathException e) {
            LOG.log(System.Logger.Level.WARNING, file + ": cannot be read (" + e.getMessage() + "); left alone");
            return null;
        }
    }
}
