package org.coexist.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file in the same folder, reach the disk,
 * and only then is the temporary file renamed over the target. A failure at any point, an {@link Error}
 * included, leaves the previous file as it was and removes the temporary one. The saved file keeps the
 * permissions (and, where the process may set them, owner and group) of the one it replaces; a symbolic link
 * stays a link and its target is replaced; a read-only file is refused.
 */
final class AtomicFileWrite {
    private static final int NAME_ATTEMPTS = 10;
    private static final int MAX_LINK_HOPS = 40;
    private static final Set<PosixFilePermission> WRITE_BITS = EnumSet.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    /** Writes the content to the stream; the stream may be closed by it or not. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final UnaryOperator<OutputStream> streamDecorator;
    private final SaveTempFiles temps;

    AtomicFileWrite(UnaryOperator<OutputStream> streamDecorator) {
        this.streamDecorator = streamDecorator;
        this.temps = new SaveTempFiles(Instant::now);
    }

    void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    void write(Path file, Content content) throws IOException {
        Path target = throughLinks(file.toAbsolutePath());
        Path folder = target.getParent();
        PosixFileAttributes previous = existingAttributes(target);
        Path temp = null;
        try {
            FileChannel channel = null;
            for (int attempt = 0; channel == null; attempt++) {
                Path candidate = temps.next(target);
                try {
                    channel = create(candidate, previous != null);
                    temp = candidate;
                } catch (FileAlreadyExistsException e) {
                    if (attempt + 1 >= NAME_ATTEMPTS) {
                        throw e;
                    }
                }
            }
            try (FileChannel open = channel;
                 OutputStream out = streamDecorator.apply(new KeepOpen(Channels.newOutputStream(open)))) {
                content.writeTo(out);
                out.flush();
                open.force(true);
            }
            if (previous != null) {
                keepAttributes(temp, previous);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (Throwable failure) {
            // Errors too: an OutOfMemoryError in the serializer must not leave a temporary file behind.
            removeQuietly(temp, failure);
            throw failure;
        }
        forceFolder(folder);
        temps.removeStale(folder);
    }

    /**
     * The file a chain of symbolic links ends at, so that saving through a link replaces its target and the link
     * stays. The target need not exist yet.
     */
    static Path throughLinks(Path file) throws IOException {
        Path path = file;
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == MAX_LINK_HOPS) {
                throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
            }
            // Not normalized: "a/../b" must go through a as the file system does when a is itself a link.
            path = path.resolveSibling(Files.readSymbolicLink(path));
        }
        return path;
    }

    /** The attributes of the file being replaced, null for a new file; refuses a read-only one. */
    private static PosixFileAttributes existingAttributes(Path target) throws IOException {
        if (!Files.exists(target)) {
            return null;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributes attributes = posix == null ? null : posix.readAttributes();
        // The bits are checked as well as access: root may write anything, yet a file without write bits is
        // one its owner chose to protect.
        boolean noWriteBits = attributes != null
                && attributes.permissions().stream().noneMatch(WRITE_BITS::contains);
        if (noWriteBits || !Files.isWritable(target)) {
            throw new ReadOnlyFileException(target);
        }
        return attributes;
    }

    /**
     * A replacement starts private to its owner, so that a private file's content is never readable by others
     * while it is written; it gets the previous file's permissions just before the rename. A new file gets the
     * usual permissions for the user (the umask), as any other program would give it.
     */
    private static FileChannel create(Path temp, boolean replacing) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        if (replacing && temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return FileChannel.open(temp, options, OWNER_ONLY);
        }
        return FileChannel.open(temp, options);
    }

    /** Permissions always; owner and group where the process may change them (root, or a group it is in). */
    private static void keepAttributes(Path temp, PosixFileAttributes previous) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        try {
            view.setOwner(previous.owner());
        } catch (IOException | UnsupportedOperationException e) {
            // Not permitted for an ordinary user: the file becomes the saver's, as with any editor.
        }
        try {
            view.setGroup(previous.group());
        } catch (IOException | UnsupportedOperationException e) {
            // Not a member of that group: the file gets the saver's group.
        }
        // After the owner: changing the owner may clear set-id bits.
        view.setPermissions(previous.permissions());
    }

    private static void removeQuietly(Path temp, Throwable failure) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    /** Makes the rename itself durable where the platform allows it (not on Windows, where it is not needed). */
    private static void forceFolder(Path folder) {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException e) {
            // The new content is in place; only the durability of the rename across a power cut is uncertain.
        }
    }

    /** Lets the decorator close its stream without closing the channel before it is forced to disk. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
