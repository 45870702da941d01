package org.coexist.rules;

import java.util.Objects;

/** The document a rule rests on and the sentence quoted from it, in the document's own language. */
public record RuleSource(SourceDocument document, String quote) {

    public RuleSource {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(quote, "quote");
    }

    public String title() {
        return document.title();
    }

    public String address() {
        return document.address();
    }

    /** "“The Archiving Server version must match the version of the pool.” (Title, address)" */
    public String cite() {
        String where = document.title() + ", " + document.address();
        return quote.isEmpty() ? where : "\u201c" + quote + "\u201d (" + where + ")";
    }
}
