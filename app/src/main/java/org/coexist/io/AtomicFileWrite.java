package org.coexist.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file in the same folder, reach the disk,
 * and only then is the temporary file renamed over the target. A failure at any point leaves the previous file
 * as it was and removes the temporary one.
 */
final class AtomicFileWrite {
    private static final int NAME_ATTEMPTS = 10;

    private final UnaryOperator<OutputStream> streamDecorator;
    private final SecureRandom random = new SecureRandom();

    AtomicFileWrite(UnaryOperator<OutputStream> streamDecorator) {
        this.streamDecorator = streamDecorator;
    }

    void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        FileChannel channel = null;
        Path temp = null;
        for (int attempt = 0; channel == null; attempt++) {
            temp = folder.resolve("." + target.getFileName() + "." + HexFormat.of().toHexDigits(random.nextInt())
                    + ".tmp");
            try {
                // CREATE_NEW with default attributes: the saved file gets the usual permissions, not a temp file's.
                channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (attempt + 1 >= NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
        try {
            try (FileChannel open = channel;
                 OutputStream out = streamDecorator.apply(new KeepOpen(Channels.newOutputStream(open)))) {
                out.write(bytes);
                out.flush();
                open.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        forceFolder(folder);
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
