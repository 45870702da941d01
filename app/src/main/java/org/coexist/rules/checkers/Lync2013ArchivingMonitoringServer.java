package org.coexist.rules.checkers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.ElementChecker;
import org.coexist.rules.spi.FindingSink;

/**
 * Rule 34: an Archiving or Monitoring Server of Lync Server 2013, where these are services of the Front End pool
 * and no longer server roles. The catalog keeps the version so that old files open. Arguments: {0} the element.
 */
final class Lync2013ArchivingMonitoringServer implements ElementChecker {

    @Override
    public Set<ElementType> types() {
        return EnumSet.of(ElementType.ARCHIVING_SERVER, ElementType.MONITORING_SERVER);
    }

    @Override
    public void check(Element element, Topology topology, FindingSink sink) {
        if (element.version() == ProductVersion.LYNC_2013) {
            sink.report(List.of(element.id()), element);
        }
    }
}
