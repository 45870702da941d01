package org.coexist.rules.checkers;

import java.util.Map;
import org.coexist.model.ProductVersion;
import org.coexist.model.catalog.Catalog;
import org.coexist.rules.spi.Checker;

/**
 * The rules written in code, by rule id. The rule catalog (assets/rules/rules.json) names each of these ids with
 * form "checker" or "structural"; the engine refuses to start when the two disagree.
 */
public final class Checkers {

    private Checkers() {
    }

    public static Map<String, Checker> registry(Catalog catalog) {
        return Map.ofEntries(
                Map.entry("link-kind-endpoints", new LinkKindEndpoints(catalog)),
                Map.entry("ocs-r2-shared-backend-instance", new R2SharedBackEndInstance()),
                Map.entry("ocs-r2-collocated-backend", new R2CollocatedBackEnd()),
                Map.entry("ocs-r2-qoe-to-ocs2007-monitoring", new R2QoeToOcs2007Monitoring()),
                Map.entry("ocs2007-mediation-qoe-needs-r2-pool", new Ocs2007MediationQoeNeedsR2Pool()),
                Map.entry("ocs-outside-voice-control", new OutsideVoiceControl()),
                Map.entry("ocs-r2-uc-ajax-needs-cwa2007", new UcAjaxNeedsCwa2007()),
                Map.entry("exchange55-with-2007", new Exchange55With2007()),
                Map.entry("exchange2007-x86", new ExchangeX86(ProductVersion.EXCHANGE_2007)),
                Map.entry("exchange2010-x86", new ExchangeX86(ProductVersion.EXCHANGE_2010)),
                Map.entry("exchange2007-shares-host-with-2003", new Exchange2007SharesHostWith2003()),
                Map.entry("exchange2007-org-mixed-mode", new ExchangeOrganizationMode.Mixed(
                        ProductVersion.EXCHANGE_2007, ExchangeOrganizationMode.besideExchange2007())),
                Map.entry("exchange2007-org-mode-unknown", new ExchangeOrganizationMode.Unknown(
                        ProductVersion.EXCHANGE_2007, ExchangeOrganizationMode.besideExchange2007())),
                Map.entry("exchange2010-org-mixed-mode", new ExchangeOrganizationMode.Mixed(
                        ProductVersion.EXCHANGE_2010, ExchangeOrganizationMode.besideExchange2010())),
                Map.entry("exchange2010-org-mode-unknown", new ExchangeOrganizationMode.Unknown(
                        ProductVersion.EXCHANGE_2010, ExchangeOrganizationMode.besideExchange2010())),
                Map.entry("chat-pool-not-homed", new ChatPoolNotHomed()),
                Map.entry("group-chat-client-one-pool", new GroupChatClientOnePool()),
                Map.entry("persistent-chat-client-not-homed-on-lync2013",
                        new PersistentChatClient.NotHomedOnLync2013()),
                Map.entry("persistent-chat-client-not-enabled", new PersistentChatClient.NotEnabledByPolicy()),
                Map.entry("lync2013-three-version-coexistence", new ThreeVersionCoexistence()),
                Map.entry("lync2013-shared-user-store-instance", new Lync2013SharedUserStore()),
                Map.entry("lync2013-backend-separate-computer", new Lync2013SeparateBackEndComputer()),
                Map.entry("lync2013-archiving-monitoring-server", new Lync2013ArchivingMonitoringServer()),
                Map.entry("lync2010-migration-from-ocs2007-and-r2", new Lync2010MigrationFromOcs2007AndR2()),
                Map.entry("migration-on-the-same-computer", new MigrationOnTheSameComputer()),
                Map.entry("admin-tools-of-two-releases-on-one-computer", new AdminToolsOfTwoReleasesOnOneComputer()),
                Map.entry("edge-federation-single-pool", new EdgeFederationSinglePool()),
                Map.entry("group-chat-migrates-to-one-pool", new GroupChatMigratesToOnePool()),
                Map.entry("persistent-chat-collocated-with-front-end", new PersistentChatCollocatedWithFrontEnd()),
                Map.entry("exchange2007-mailbox-without-client-access", new Exchange2007MailboxWithoutClientAccess()),
                Map.entry("exchange2007-no-routing-group-connector", new Exchange2007NoRoutingGroupConnector()),
                Map.entry("exchange-edge-transport-without-hub", new EdgeTransportWithoutHub()),
                Map.entry("sfb-pool-member-version", new PoolMemberVersion.SkypePool()),
                Map.entry("archiving-member-version", new PoolMemberVersion.ArchivingServer()),
                Map.entry("pool-member-version-inferred", new PoolMemberVersion.Other()),
                Map.entry("ocs-r2-edge-before-r2-pool", new R2EdgeBeforeR2Pool()),
                Map.entry("lync2013-with-ocs2007-or-lcs", new Lync2013WithOcs2007OrLcs()),
                Map.entry("sfb2015-three-version-coexistence", new Sfb2015ThreeVersionCoexistence()),
                Map.entry("sfb2019-with-lync2010-or-older", new Sfb2019WithLync2010OrOlder()),
                Map.entry("sfb-pools-share-sql-backend", new SfbPoolsShareSqlBackEnd()),
                Map.entry("exchange2019-with-2010-or-older",
                        new ExchangeVersionCoexistence(ProductVersion.EXCHANGE_2019, ProductVersion.EXCHANGE_2013)),
                Map.entry("exchange2016-with-2007-or-older",
                        new ExchangeVersionCoexistence(ProductVersion.EXCHANGE_2016, ProductVersion.EXCHANGE_2010)),
                Map.entry("exchange2013-with-2003-or-older",
                        new ExchangeVersionCoexistence(ProductVersion.EXCHANGE_2013, ProductVersion.EXCHANGE_2007)),
                Map.entry("exchange2010-with-2000-or-older",
                        new ExchangeVersionCoexistence(ProductVersion.EXCHANGE_2010, ProductVersion.EXCHANGE_2003)),
                Map.entry("exchange2016-shares-host-with-communications", new ExchangeSharesHostWithCommunications()),
                Map.entry("group-chat-retired-before-legacy", new GroupChatRetiredBeforeLegacy()));
    }
}
