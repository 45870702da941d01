package org.coexist.importer;

import java.util.List;

/**
 * A Lync or Skype for Business document whose services carry no version the importer knows (no
 * {@code ServiceVersion}, or one older than Lync Server 2010's 5). The importer never guesses: the caller asks the
 * user which version to assume, or the command line's {@code --assume-version}, and imports again.
 */
public final class MissingVersionException extends ImportException {
    private static final long serialVersionUID = 1L;

    private final List<String> pools;

    public MissingVersionException(String file, List<String> pools) {
        super(file, "ServiceVersion", "no known version for " + String.join(", ", pools)
                + "; say which to assume (--assume-version, e.g. OCS_2007_R2)");
        this.pools = List.copyOf(pools);
    }

    /** The fully qualified names of the pools and servers without a known version. */
    public List<String> pools() {
        return pools;
    }
}
