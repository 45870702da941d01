package org.coexist.rules.checkers;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.ForestChecker;

/**
 * Rule 64, its forest half: Skype for Business Server 2019 beside communications server elements of Lync Server
 * 2010 or older, which it does not migrate from (an in-place upgrade's source does not count). The link half,
 * a MIGRATES_TO from such a version, is the data rule sfb2019-migration-from-unsupported-version.
 * Arguments: {0} forest, {1} the first of the older elements.
 */
final class Sfb2019WithLync2010OrOlder implements ForestChecker {

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        if (Coexisting.first(elements, topology, e -> e.version() == ProductVersion.SFB_2019) == null) {
            return;
        }
        Element legacy = Coexisting.first(elements, topology, e -> e.version().isOlderThan(ProductVersion.LYNC_2013));
        if (legacy != null) {
            sink.report(List.of(forest.id()), forest, legacy);
        }
    }
}
