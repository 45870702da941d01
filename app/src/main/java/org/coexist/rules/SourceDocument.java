package org.coexist.rules;

import java.util.Objects;

/**
 * A document rules rest on, as a user can find it: its title, an address to open, and its language.
 *
 * @param id       stable id that rules.json cites ("L13-arch-mon", "seed-000")
 * @param seedFile our copy of a seed page (for the tests that check quotes), or null; users never see it
 */
public record SourceDocument(String id, String title, String address, String language, String seedFile) {

    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(language, "language");
    }
}
