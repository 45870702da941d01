package org.coexist.diff;

import java.util.List;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;

/**
 * What a design has that is not deployed, what is deployed but not in the design, and what differs between
 * elements that match (by fully qualified name and host, never by id).
 */
public record DiffReport(List<Side> notDeployed, List<Side> notDesigned, List<Difference> differing) {

    public DiffReport {
        notDeployed = List.copyOf(notDeployed);
        notDesigned = List.copyOf(notDesigned);
        differing = List.copyOf(differing);
    }

    /** One element of one side: its id in that side's topology, name, type, version and host. */
    public record Side(String id, String name, ElementType type, ProductVersion version, String host) {
    }

    /** What differs: {@code version}, {@code host}, {@code type}, {@code members} or {@code backEnd}. */
    public record Change(String field, String design, String deployed) {
    }

    /** An element of the design and the deployed one it matches, with what differs between them. */
    public record Difference(Side design, Side deployed, List<Change> changes) {
        public Difference {
            changes = List.copyOf(changes);
        }
    }

    public boolean identical() {
        return notDeployed.isEmpty() && notDesigned.isEmpty() && differing.isEmpty();
    }

    public int count() {
        return notDeployed.size() + notDesigned.size() + differing.size();
    }
}
