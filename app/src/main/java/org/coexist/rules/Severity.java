package org.coexist.rules;

/** ERROR: the source documents say it is not supported. WARNING: supported with a caveat, or our inference. */
public enum Severity {
    ERROR("\u2716"), WARNING("\u26a0");

    private final String symbol;

    Severity(String symbol) {
        this.symbol = symbol;
    }

    /** The sign put before a message where colour cannot say it (tooltips, cards): ✖ or ⚠, both in the UI font. */
    public String symbol() {
        return symbol;
    }
}
