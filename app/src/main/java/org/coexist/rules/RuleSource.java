package org.coexist.rules;

/**
 * The document a rule rests on: the seed file name and the sentence quoted, in the document's own language.
 */
public record RuleSource(String seed, String quote) {

    /** "000_0310db1250531abf.txt: “The Archiving Server version must match the version of the pool.”" */
    public String cite() {
        return quote == null || quote.isEmpty() ? seed : seed + ": \u201c" + quote + "\u201d";
    }
}
