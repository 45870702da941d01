package org.coexist.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.coexist.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving keeps what the user set up around a file: its permissions, owner and group, a symbolic link to it, its
 * read-only state; it works for names up to the file system's limit and tidies what crashed saves left.
 */
class SafeSaveTest {
    @TempDir
    Path dir;

    private final TopologyWriter writer = new TopologyWriter();

    private static Topology sample() throws TopologyFileException {
        return new TopologyReader(CatalogReader.readBundled()).read(Fixtures.path("valid/example.coexist.json"));
    }

    private void assumePosix() {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null,
                "POSIX file attributes only");
    }

    @Test
    void theSavedFileKeepsThePermissionsOfTheOneItReplaces() throws Exception {
        assumePosix();
        for (String permissions : List.of("rw-------", "rw-r-----", "rwxrw-rw-")) {
            Path file = dir.resolve("design-" + permissions + ".coexist.json");
            Files.writeString(file, "{}");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
            writer.write(sample(), file);
            assertEquals(permissions, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertArrayEquals(writer.toBytes(sample()), Files.readAllBytes(file));
        }
    }

    @Test
    void theSavedFileKeepsItsOwnerAndGroupWhereTheProcessMayKeepThem() throws Exception {
        assumePosix();
        Path file = dir.resolve("shared.coexist.json");
        Files.writeString(file, "{}");
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        UserPrincipal someoneElse;
        GroupPrincipal otherGroup;
        try {
            someoneElse = users.lookupPrincipalByName("nobody");
            otherGroup = users.lookupPrincipalByGroupName(groupOtherThan(view.readAttributes().group().getName()));
            view.setOwner(someoneElse);
            view.setGroup(otherGroup);
        } catch (IOException e) {
            assumeTrue(false, "only a process that may give files away (root) can check this: " + e);
            return;
        }

        writer.write(sample(), file);

        PosixFileAttributes saved = Files.readAttributes(file, PosixFileAttributes.class);
        assertEquals(someoneElse, saved.owner());
        assertEquals(otherGroup, saved.group());
    }

    private static String groupOtherThan(String group) {
        return group.equals("nogroup") ? "daemon" : "nogroup";
    }

    @Test
    void savingThroughASymbolicLinkReplacesItsTargetAndKeepsTheLink() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path target = real.resolve("design.coexist.json");
        Files.writeString(target, "{}");
        Path link = dir.resolve("link.coexist.json");
        Path chain = dir.resolve("chain.coexist.json");
        try {
            Files.createSymbolicLink(link, Path.of("real", "design.coexist.json"));
            Files.createSymbolicLink(chain, link.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links cannot be made here: " + e);
        }

        writer.write(sample(), chain);

        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(chain), "both links are still links");
        assertEquals(Path.of("real", "design.coexist.json"), Files.readSymbolicLink(link));
        assertEquals(link.getFileName(), Files.readSymbolicLink(chain));
        assertArrayEquals(writer.toBytes(sample()), Files.readAllBytes(target));
        assertEquals(List.of(chain, link, real), list(dir));
        assertEquals(List.of(target), list(real), "the temporary file was made beside the target, and is gone");
    }

    @Test
    void aLinkToAFileNotYetThereCreatesItsTarget() throws Exception {
        Path link = dir.resolve("link.coexist.json");
        try {
            Files.createSymbolicLink(link, Path.of("later.coexist.json"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links cannot be made here: " + e);
        }
        writer.write(sample(), link);
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(writer.toBytes(sample()), Files.readAllBytes(dir.resolve("later.coexist.json")));
    }

    @Test
    void aReadOnlyFileIsRefusedWithOneLineAndLeftAsItWas() throws Exception {
        assumePosix();
        Path file = dir.resolve("protected.coexist.json");
        Files.writeString(file, "{\"kept\": true}");
        // Checked by the bits: these tests run as root, for whom the system grants every write.
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        ReadOnlyFileException e = assertThrows(ReadOnlyFileException.class, () -> writer.write(sample(), file));

        assertEquals(file.toAbsolutePath() + ": the file is read-only, so it was not replaced; save under another"
                + " name", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals("{\"kept\": true}", Files.readString(file));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void aFileThatSomeoneMayWriteIsNotReadOnly() throws Exception {
        assumePosix();
        Path file = dir.resolve("group.coexist.json");
        Files.writeString(file, "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--rw-r--"));
        writer.write(sample(), file);
        assertArrayEquals(writer.toBytes(sample()), Files.readAllBytes(file));
        assertEquals("r--rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aNameOf250CharactersSavesAndItsTemporaryNameStaysWithinTheLimit() throws Exception {
        String ascii = "a".repeat(250 - ".coexist.json".length()) + ".coexist.json";
        // 80 three-byte characters: 253 bytes in UTF-8, the most a name holds is 255.
        String wide = "设".repeat(80) + ".coexist.json";
        for (String name : List.of(ascii, wide)) {
            Path file = dir.resolve(name);
            List<Path> midway = new ArrayList<>();
            TopologyWriter watching = new TopologyWriter(out -> new FilterOutputStream(out) {
                @Override
                public void write(int b) throws IOException {
                    if (midway.isEmpty()) {
                        midway.addAll(list(dir));
                    }
                    out.write(b);
                }
            });

            watching.write(sample(), file);

            assertArrayEquals(writer.toBytes(sample()), Files.readAllBytes(file));
            Path temp = midway.stream().filter(p -> p.getFileName().toString().contains(SaveTempFiles.MARKER))
                    .findFirst().orElseThrow();
            assertTrue(temp.getFileName().toString().getBytes(StandardCharsets.UTF_8).length <= 255, temp::toString);
            assertTrue(temp.getFileName().toString().startsWith("." + name.substring(0, 40)), temp::toString);
            Files.delete(file);
            assertEquals(List.of(), list(dir), "no temporary file is left");
        }
    }

    @Test
    void aSaveRemovesOnlyStaleTemporaryFilesOfCrashedSaves() throws Exception {
        long self = ProcessHandle.current().pid();
        long running = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(self);
        long gone = Integer.MAX_VALUE - 1L;
        assumeTrue(ProcessHandle.of(gone).isEmpty(), "a pid no process has");
        Path goneLongAgo = temp("design.coexist.json", gone, 0, 2);
        Path abandonedByALiveProcess = temp("other.coexist.json", running, 3, 20);
        Path goneJustNow = temp("design.coexist.json", gone, 1, 0);
        Path anotherDesignerSaving = temp("other.coexist.json", running, 4, 5);
        Path oursInProgress = temp("third.coexist.json", self, 99, 0);
        Path notOurs = Files.writeString(dir.resolve(".design.coexist.json.tmp"), "someone else's");
        Path lookalike = Files.writeString(dir.resolve("notes.coexist-tmp-1-2"), "a user's file");
        setAge(lookalike, 60);

        writer.write(sample(), dir.resolve("design.coexist.json"));

        assertFalse(Files.exists(goneLongAgo), "its process is gone and it was not written for two minutes");
        assertFalse(Files.exists(abandonedByALiveProcess), "not written for twenty minutes: the pid was reused");
        for (Path kept : List.of(goneJustNow, anotherDesignerSaving, oursInProgress, notOurs, lookalike)) {
            assertTrue(Files.exists(kept, LinkOption.NOFOLLOW_LINKS), kept + " is kept");
        }
    }

    private Path temp(String target, long pid, int n, int minutesOld) throws IOException {
        Path temp = Files.writeString(dir.resolve("." + target + SaveTempFiles.MARKER + pid + "-" + n), "{\"part");
        setAge(temp, minutesOld);
        return temp;
    }

    private static void setAge(Path file, int minutes) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofMinutes(minutes))));
    }

    @Test
    void longNamesAreShortenedOnWholeCharacters() {
        assertEquals("ab", SaveTempFiles.prefixWithin("ab设", 4));
        assertEquals("ab设", SaveTempFiles.prefixWithin("ab设", 5));
        assertEquals("a", SaveTempFiles.prefixWithin("a\uD83D\uDE00", 4), "a surrogate pair is never split");
        assertEquals("a\uD83D\uDE00", SaveTempFiles.prefixWithin("a\uD83D\uDE00", 5));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
