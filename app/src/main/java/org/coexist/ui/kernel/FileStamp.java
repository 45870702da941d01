package org.coexist.ui.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file held, by size and SHA-256 of its bytes: tells a change by another program (an editor, a
 * {@code git checkout}) from the designer's own save, even within one tick of the file system's clock, and
 * ignores a mere touch.
 */
public record FileStamp(long size, String sha256) {

    public static FileStamp of(byte[] bytes) {
        try {
            return new FileStamp(bytes.length, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** What the file holds now, or null when there is no such file. Reads the whole file: not on the UI thread. */
    public static FileStamp read(Path file) throws IOException {
        try {
            return of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
