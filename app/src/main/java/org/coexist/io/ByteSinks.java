package org.coexist.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Where the writer's bytes can go besides a file: a measure (bytes, tokens, and the bytes themselves while
 * few), an array of exactly the size measured, or a comparison with bytes already there. Together they save a
 * large file with one copy of its bytes in memory, not the three a growing buffer needs at its peak, and check
 * a file without a copy at all.
 */
final class ByteSinks {
    private ByteSinks() {
    }

    /**
     * Counts the bytes and, when asked, the tokens as the reader counts them (brackets, keys, values). Keeps the
     * bytes too while they are few, so that a small file is written once; past {@code keepAtMost} it lets them
     * go and only counts. Reads only JSON as the writer writes it: strings escaped, only whitespace between tokens.
     */
    static final class Measuring extends OutputStream {
        private final boolean countTokens;
        private final long keepAtMost;
        private ByteArrayOutputStream kept;
        private long count;
        private long tokens;
        private boolean inString;
        private boolean escaped;
        private boolean inScalar;

        Measuring(boolean countTokens, long keepAtMost) {
            this.countTokens = countTokens;
            this.keepAtMost = keepAtMost;
            this.kept = keepAtMost > 0 ? new ByteArrayOutputStream(8192) : null;
        }

        long count() {
            return count;
        }

        long tokens() {
            return tokens;
        }

        /** All the bytes written, or null when there were too many to keep. */
        byte[] kept() {
            return kept == null ? null : kept.toByteArray();
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
            if (kept != null) {
                if (count > keepAtMost) {
                    kept = null;
                } else {
                    kept.write(b, off, len);
                }
            }
            if (countTokens) {
                for (int i = off; i < off + len; i++) {
                    lex(b[i]);
                }
            }
        }

        private void lex(int b) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
                return;
            }
            boolean scalar = b == '-' || b == '+' || b == '.' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z')
                    || (b >= 'A' && b <= 'Z');
            if (scalar && !inScalar) {
                tokens++;
            }
            inScalar = scalar;
            if (b == '"') {
                tokens++;
                inString = true;
            } else if (b == '{' || b == '}' || b == '[' || b == ']') {
                tokens++;
            }
        }
    }

    /** Fills an array of the size counted before; writing more than that is a bug in the writer. */
    static final class IntoArray extends OutputStream {
        private final byte[] bytes;
        private int position;

        IntoArray(int size) {
            this.bytes = new byte[size];
        }

        byte[] bytes() {
            if (position != bytes.length) {
                throw new IllegalStateException("wrote " + position + " bytes of the " + bytes.length + " counted");
            }
            return bytes;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > bytes.length - position) {
                throw new IOException("the writer wrote more bytes than it counted");
            }
            System.arraycopy(b, off, bytes, position, len);
            position += len;
        }
    }

    /** Compares the bytes with the expected ones as they come, keeping none. */
    static final class Comparing extends OutputStream {
        private final byte[] expected;
        private int position;
        private boolean differs;

        Comparing(byte[] expected) {
            this.expected = expected;
        }

        /** Whether exactly the expected bytes were written, no more and no fewer. */
        boolean matched() {
            return !differs && position == expected.length;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (differs) {
                return;
            }
            if (len > expected.length - position) {
                differs = true;
                return;
            }
            for (int i = 0; i < len; i++) {
                if (expected[position + i] != b[off + i]) {
                    differs = true;
                    return;
                }
            }
            position += len;
        }
    }
}
