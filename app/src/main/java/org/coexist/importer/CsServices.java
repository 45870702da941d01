package org.coexist.importer;

import org.w3c.dom.Element;

/** What both topology readers ask of a {@code Service} element. */
final class CsServices {
    private CsServices() {
    }

    /** The ServiceVersion as a number, or null when absent or not a number. */
    static Integer version(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A registrar marked {@code RegistrarService[@IsDirector="true"]}. */
    static boolean isDirector(Element service) {
        Element registrar = SafeXml.child(service, "RegistrarService");
        return registrar != null && "true".equalsIgnoreCase(SafeXml.attribute(registrar, "IsDirector"));
    }
}
