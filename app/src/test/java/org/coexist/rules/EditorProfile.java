package org.coexist.rules;

import java.util.List;
import java.util.function.BiConsumer;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;

/**
 * What {@link RandomEditor} draws more often: types added, link kinds added between elements they fit,
 * and small groups added whole ({@link EditorShapes}).
 */
record EditorProfile(ElementType[] hot, LinkKind[] wide, List<BiConsumer<RandomEditor, String>> shapes) {

    /** Types that take part in the rules with the widest reach, and the kinds the two-hop and forest rules read. */
    static final EditorProfile DEFAULT = new EditorProfile(new ElementType[]{ElementType.FRONT_END_POOL,
        ElementType.STANDARD_EDITION_SERVER, ElementType.MEDIATION_SERVER, ElementType.MONITORING_SERVER,
        ElementType.COMMUNICATOR_CLIENT, ElementType.LYNC_CLIENT, ElementType.GROUP_CHAT_CLIENT,
        ElementType.GROUP_CHAT_POOL, ElementType.PERSISTENT_CHAT_POOL, ElementType.SQL_INSTANCE,
        ElementType.SQL_INSTANCE, ElementType.EXCHANGE_SERVER, ElementType.MAILBOX_SERVER, ElementType.APPLICATION,
        ElementType.GROUP_CHAT_POOL, ElementType.EDGE_SERVER, ElementType.MAILBOX_SERVER, ElementType.ARCHIVING_SERVER,
        ElementType.HUB_TRANSPORT_SERVER, ElementType.CLIENT_ACCESS_SERVER, ElementType.EDGE_TRANSPORT_SERVER},
        new LinkKind[]{LinkKind.BACKEND_STORE, LinkKind.HOMED_ON, LinkKind.REPORTS_QOE_TO, LinkKind.CONNECTS_TO,
            LinkKind.UPGRADES_IN_PLACE, LinkKind.MIGRATES_TO, LinkKind.ROUTES_TO}, EditorShapes.ALL);

    /**
     * Rule pack 2 (34 to 47): migrations and in-place upgrades out of forests (rule 45 is a forest rule reading
     * links), routes to Mediation Servers, clients on pools, and administrative tools and roles sharing computers.
     */
    static final EditorProfile MIGRATIONS_AND_COMPUTERS = new EditorProfile(new ElementType[]{
        ElementType.FRONT_END_POOL, ElementType.STANDARD_EDITION_SERVER, ElementType.MEDIATION_SERVER,
        ElementType.MONITORING_SERVER, ElementType.ARCHIVING_SERVER, ElementType.EDGE_SERVER, ElementType.ADMIN_TOOLS,
        ElementType.ADMIN_TOOLS, ElementType.COMMUNICATOR_CLIENT, ElementType.LYNC_CLIENT, ElementType.LYNC_CLIENT},
        new LinkKind[]{LinkKind.MIGRATES_TO, LinkKind.MIGRATES_TO, LinkKind.MIGRATES_TO, LinkKind.UPGRADES_IN_PLACE,
            LinkKind.ROUTES_TO, LinkKind.ROUTES_TO, LinkKind.HOMED_ON, LinkKind.HOMED_ON, LinkKind.REPORTS_QOE_TO,
            LinkKind.ARCHIVES_TO}, EditorShapes.RULE_PACK_2);
}
