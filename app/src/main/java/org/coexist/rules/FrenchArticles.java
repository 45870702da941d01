package org.coexist.rules;

/**
 * French noun phrases in running text: an element is named with its definite article ("le pool de serveurs
 * frontaux pool01 (OCS 2007 R2)"), which contracts with the preposition before it ("de le" is "du", "à le" is
 * "au", "de les" "des", "à les" "aux") and takes a capital at the start of a message. The renderer marks where an
 * element's article begins, so only articles it put there are touched, never a user's names.
 */
final class FrenchArticles {
    /** Put before an element's article by the renderer; never left in a message. */
    static final char MARK = '\u0001';
    private static final String[][] CONTRACTIONS = {
        {"de " + MARK + "le ", "du "}, {"de " + MARK + "les ", "des "},
        {"à " + MARK + "le ", "au "}, {"à " + MARK + "les ", "aux "},
        {"De " + MARK + "le ", "Du "}, {"De " + MARK + "les ", "Des "},
        {"À " + MARK + "le ", "Au "}, {"À " + MARK + "les ", "Aux "},
    };

    private FrenchArticles() {
    }

    /** The rendered message with its marked articles contracted, a leading one capitalised, and no marks left. */
    static String apply(String message) {
        if (message.indexOf(MARK) < 0) {
            return message;
        }
        String text = message;
        for (String[] contraction : CONTRACTIONS) {
            text = text.replace(contraction[0], contraction[1]);
        }
        if (text.length() > 1 && text.charAt(0) == MARK) {
            text = Character.toUpperCase(text.charAt(1)) + text.substring(2);
        }
        return text.replace(String.valueOf(MARK), "");
    }
}
