package org.coexist.io;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where the writer's bytes can go besides a file: nowhere but a count, an array of exactly that size, or a
 * comparison with bytes already there. Together they save a large file with one copy of its bytes in memory, not
 * the three a growing buffer needs at its peak, and check a file without a copy at all.
 */
final class ByteSinks {
    private ByteSinks() {
    }

    /**
     * Counts the bytes, and the tokens as the reader counts them (brackets, keys, values), keeps none. Reads only
     * JSON as the writer writes it: strings escaped, nothing but whitespace between tokens.
     */
    static final class Counting extends OutputStream {
        private long count;
        private long tokens;
        private boolean inString;
        private boolean escaped;
        private boolean inScalar;

        long count() {
            return count;
        }

        long tokens() {
            return tokens;
        }

        @Override
        public void write(int b) {
            count++;
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

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
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
