package org.coexist.rules.checkers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.ForestChecker;
import org.coexist.rules.spi.InPlaceUpgrades;

/**
 * Rule 64, its forest half: Skype for Business Server 2019 beside communications server elements of Lync Server
 * 2010 or older, which it does not migrate from (an in-place upgrade's source does not count). The link half,
 * a MIGRATES_TO from such a version, is the data rule sfb2019-migration-from-unsupported-version.
 * Arguments: {0} forest, {1} the first of the older elements.
 */
final class Sfb2019WithLync2010OrOlder implements ForestChecker {
    private static final Set<ProductVersion> LEGACY = EnumSet.of(ProductVersion.LCS_2005_SP1, ProductVersion.OCS_2007,
            ProductVersion.OCS_2007_R2, ProductVersion.LYNC_2010);

    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return version == ProductVersion.SFB_2019 || LEGACY.contains(version);
    }

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        if (!InPlaceUpgrades.hasCounted(topology, forest.id(), ProductVersion.SFB_2019)) {
            return;
        }
        for (Element legacy : topology.contentsOf(forest.id()).elements(LEGACY)) {
            if (InPlaceUpgrades.countsInForest(legacy, topology)) {
                sink.report(List.of(forest.id()), forest, legacy);
                return;
            }
        }
    }
}
