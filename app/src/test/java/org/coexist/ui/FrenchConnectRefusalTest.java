package org.coexist.ui;

import java.util.Locale;

/** The same gesture in a French window: articles and lower-case common nouns. */
class FrenchConnectRefusalTest extends ConnectRefusalTest {
    @Override
    Locale locale() {
        return Locale.FRENCH;
    }

    @Override
    String reason() {
        return "Aucun type de lien ne relie un serveur Edge à une instance SQL Server.";
    }
}
