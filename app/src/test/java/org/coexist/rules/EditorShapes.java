package org.coexist.rules;

import java.util.List;
import java.util.function.BiConsumer;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.Properties;
import org.coexist.model.ProductVersion;

/**
 * Small groups of elements that rules about several of them look at, for {@link RandomEditor}: each adds
 * its elements (and links) into the given forest, so that they meet where random additions rarely would.
 */
final class EditorShapes {
    static final List<BiConsumer<RandomEditor, String>> ALL = List.of(
        (e, f) -> {
            e.place(f, ElementType.EDGE_SERVER, ProductVersion.LYNC_2013, Properties.FEDERATION_ENABLED, true);
            e.place(f, ElementType.EDGE_SERVER, ProductVersion.LYNC_2010, Properties.FEDERATION_ENABLED, true);
        },
        (e, f) -> {
            String chat = e.place(f, ElementType.GROUP_CHAT_POOL, ProductVersion.LYNC_2010);
            String first = e.place(f, ElementType.PERSISTENT_CHAT_POOL, ProductVersion.LYNC_2013);
            String second = e.place(f, ElementType.PERSISTENT_CHAT_POOL, ProductVersion.SFB_2015);
            e.join(LinkKind.MIGRATES_TO, chat, first);
            e.join(LinkKind.MIGRATES_TO, chat, second);
        },
        (e, f) -> {
            e.place(f, ElementType.EDGE_SERVER, ProductVersion.OCS_2007_R2);
            e.place(f, ElementType.FRONT_END_POOL, ProductVersion.OCS_2007);
            e.place(f, ElementType.MEDIATION_SERVER, ProductVersion.LYNC_2013);
        },
        (e, f) -> {
            e.place(f, ElementType.EXCHANGE_SERVER, ProductVersion.EXCHANGE_2003);
            e.place(f, ElementType.HUB_TRANSPORT_SERVER, ProductVersion.EXCHANGE_2007);
            e.place(f, ElementType.EDGE_TRANSPORT_SERVER, ProductVersion.EXCHANGE_2007);
            e.place(f, ElementType.MAILBOX_SERVER, ProductVersion.EXCHANGE_2007);
        },
        (e, f) -> {
            e.place(f, ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013, Properties.HOST, "h2");
            e.place(f, ElementType.PERSISTENT_CHAT_POOL, ProductVersion.LYNC_2013, Properties.HOST, "H2 ");
        },
        (e, f) -> {
            String tools = e.place(f, ElementType.ADMIN_TOOLS, ProductVersion.LYNC_2010);
            e.join(LinkKind.MANAGES, tools, e.place(f, ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013));
            e.join(LinkKind.MANAGES, tools, e.place(f, ElementType.EDGE_SERVER, ProductVersion.SFB_2019));
        },
        (e, f) -> {
            String sql = e.place(f, ElementType.SQL_INSTANCE, ProductVersion.SQL_2016);
            e.join(LinkKind.BACKEND_STORE, e.place(f, ElementType.FRONT_END_POOL, ProductVersion.SFB_2015), sql);
            e.join(LinkKind.BACKEND_STORE, e.place(f, ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013), sql);
        },
        (e, f) -> e.join(LinkKind.HOMED_ON, e.place(f, ElementType.LYNC_CLIENT, ProductVersion.LYNC_2010),
                e.place(f, ElementType.FRONT_END_POOL, ProductVersion.SFB_2019)),
        // Rules 1-33 whose live re-checking depends on what their checkers say they read (ForestChecker and
        // HostChecker reads, two-hop links): reached here so that RandomEditsTest holds them to a full validation.
        (e, f) -> {
            e.join(LinkKind.BACKEND_STORE, e.place(f, ElementType.FRONT_END_POOL, ProductVersion.OCS_2007_R2),
                    e.place(f, ElementType.SQL_INSTANCE, ProductVersion.SQL_2008, Properties.HOST, "h3"));
            e.join(LinkKind.BACKEND_STORE, e.place(f, ElementType.FRONT_END_POOL, ProductVersion.OCS_2007),
                    e.place(f, ElementType.SQL_INSTANCE, ProductVersion.SQL_2005, Properties.HOST, "H3"));
        },
        (e, f) -> {
            String monitoring = e.place(f, ElementType.MONITORING_SERVER, ProductVersion.OCS_2007_R2);
            e.join(LinkKind.REPORTS_QOE_TO, e.place(f, ElementType.MEDIATION_SERVER, ProductVersion.OCS_2007),
                    monitoring);
            e.join(LinkKind.REPORTS_QOE_TO, e.place(f, ElementType.FRONT_END_POOL, ProductVersion.OCS_2007),
                    monitoring);
            e.place(f, ElementType.FRONT_END_POOL, ProductVersion.OCS_2007_R2);
        },
        (e, f) -> {
            e.place(f, ElementType.APPLICATION, ProductVersion.OCS_2007_R2, Properties.API, "UC_AJAX_API");
            e.place(f, ElementType.STANDARD_EDITION_SERVER, ProductVersion.OCS_2007_R2);
            e.place(f, ElementType.COMMUNICATOR_WEB_ACCESS, ProductVersion.OCS_2007_R2);
        },
        (e, f) -> {
            e.join(LinkKind.MANAGES, e.place(f, ElementType.ADMIN_TOOLS, ProductVersion.OCS_2007_R2),
                    e.place(f, ElementType.MEDIATION_SERVER, ProductVersion.OCS_2007));
            e.join(LinkKind.MANAGES, e.place(f, ElementType.ADMIN_TOOLS, ProductVersion.EXCHANGE_2007),
                    e.place(f, ElementType.EXCHANGE_SERVER, ProductVersion.EXCHANGE_2003));
        },
        (e, f) -> {
            String application = e.place(f, ElementType.APPLICATION, ProductVersion.OCS_2007, Properties.API,
                    "LCS_2005_API");
            e.join(LinkKind.CONNECTS_TO, application,
                    e.place(f, ElementType.FRONT_END_POOL, ProductVersion.OCS_2007_R2));
            e.place(f, ElementType.MAILBOX_SERVER, ProductVersion.EXCHANGE_2010, Properties.ARCHITECTURE, "x86");
            e.join(LinkKind.ROUTES_TO, e.place(f, ElementType.EDGE_SERVER, ProductVersion.OCS_2007_R2),
                    e.place(f, ElementType.STANDARD_EDITION_SERVER, ProductVersion.OCS_2007));
        },
        (e, f) -> {
            e.join(LinkKind.HOMED_ON, e.place(f, ElementType.COMMUNICATOR_CLIENT, ProductVersion.OCS_2007_R2),
                    e.place(f, ElementType.FRONT_END_POOL, ProductVersion.OCS_2007));
            String groupChat = e.place(f, ElementType.GROUP_CHAT_POOL, ProductVersion.LYNC_2010);
            String client = e.place(f, ElementType.GROUP_CHAT_CLIENT, ProductVersion.LYNC_2010);
            e.join(LinkKind.CONNECTS_TO, client, groupChat);
            e.join(LinkKind.CONNECTS_TO, client, e.place(f, ElementType.GROUP_CHAT_POOL, ProductVersion.OCS_2007_R2));
            String lync = e.place(f, ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013);
            e.join(LinkKind.CONNECTS_TO, lync, groupChat);
            e.join(LinkKind.CONNECTS_TO, lync, e.place(f, ElementType.PERSISTENT_CHAT_POOL, ProductVersion.LYNC_2013));
        },
        (e, f) -> {
            e.join(LinkKind.REPORTS_QOE_TO, e.place(f, ElementType.MEDIATION_SERVER, ProductVersion.OCS_2007_R2),
                    e.place(f, ElementType.MONITORING_SERVER, ProductVersion.OCS_2007));
            String users = e.place(f, ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013,
                    Properties.PERSISTENT_CHAT_ENABLED, false);
            e.join(LinkKind.HOMED_ON, users, e.place(f, ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013));
            e.join(LinkKind.CONNECTS_TO, users, e.place(f, ElementType.PERSISTENT_CHAT_POOL, ProductVersion.LYNC_2013));
        });

    /**
     * Rule pack 2 (34 to 47), for {@link EditorProfile#MIGRATIONS_AND_COMPUTERS}: a forest of both OCS versions
     * migrating to Lync Server 2010; clients on pools of other versions; legacy Monitoring and Mediation Servers
     * beside newer or older pools; migrations and an upgrade to Lync Server 2010; and one computer named bare and
     * qualified that holds two releases of tools and a migration.
     */
    static final List<BiConsumer<RandomEditor, String>> RULE_PACK_2 = List.of(
        (e, f) -> {
            e.place(f, ElementType.FRONT_END_POOL, ProductVersion.OCS_2007);
            e.join(LinkKind.MIGRATES_TO, e.place(f, ElementType.FRONT_END_POOL, ProductVersion.OCS_2007_R2),
                    e.place(f, ElementType.FRONT_END_POOL, ProductVersion.LYNC_2010));
        },
        (e, f) -> {
            String r2 = e.place(f, ElementType.STANDARD_EDITION_SERVER, ProductVersion.OCS_2007_R2);
            String lync2010 = e.place(f, ElementType.STANDARD_EDITION_SERVER, ProductVersion.LYNC_2010);
            String lync2013 = e.place(f, ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013);
            e.join(LinkKind.HOMED_ON, e.place(f, ElementType.LYNC_CLIENT, ProductVersion.LYNC_2010), r2);
            e.join(LinkKind.HOMED_ON, e.place(f, ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013), lync2010);
            e.join(LinkKind.HOMED_ON, e.place(f, ElementType.COMMUNICATOR_CLIENT, ProductVersion.OCS_2007_R2),
                    lync2013);
            e.join(LinkKind.HOMED_ON, e.place(f, ElementType.COMMUNICATOR_CLIENT, ProductVersion.OCS_2007), lync2013);
        },
        (e, f) -> {
            e.join(LinkKind.REPORTS_QOE_TO, e.place(f, ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013),
                    e.place(f, ElementType.MONITORING_SERVER, ProductVersion.LYNC_2010));
            e.join(LinkKind.ROUTES_TO, e.place(f, ElementType.FRONT_END_POOL, ProductVersion.OCS_2007_R2),
                    e.place(f, ElementType.MEDIATION_SERVER, ProductVersion.LYNC_2010));
        },
        (e, f) -> {
            String target = e.place(f, ElementType.FRONT_END_POOL, ProductVersion.LYNC_2010);
            e.join(LinkKind.MIGRATES_TO, e.place(f, ElementType.FRONT_END_POOL, ProductVersion.LCS_2005_SP1), target);
            e.join(LinkKind.UPGRADES_IN_PLACE, e.place(f, ElementType.FRONT_END_POOL, ProductVersion.OCS_2007_R2),
                    target);
        },
        (e, f) -> {
            e.place(f, ElementType.ADMIN_TOOLS, ProductVersion.LYNC_2013, Properties.HOST, "h3");
            e.place(f, ElementType.ADMIN_TOOLS, ProductVersion.LYNC_2010, Properties.HOST, "H3.contoso.com");
            String legacy = e.place(f, ElementType.MEDIATION_SERVER, ProductVersion.OCS_2007_R2, Properties.HOST,
                    "h3.contoso.com");
            e.join(LinkKind.MIGRATES_TO, legacy,
                    e.place(f, ElementType.MEDIATION_SERVER, ProductVersion.LYNC_2013, Properties.HOST, "h3"));
        });

    private EditorShapes() {
    }
}
