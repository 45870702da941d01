package org.coexist.importer;

import java.util.Map;
import org.coexist.model.ElementType;

/** The Lync and Skype for Business role names ({@code Service/@RoleName}) and what each becomes. */
final class CsRoles {
    private static final Map<String, ElementType> TYPES = Map.of(
            "EdgeServer", ElementType.EDGE_SERVER,
            "MediationServer", ElementType.MEDIATION_SERVER,
            "ArchivingServer", ElementType.ARCHIVING_SERVER,
            "MonitoringServer", ElementType.MONITORING_SERVER,
            "PersistentChatServer", ElementType.PERSISTENT_CHAT_POOL);

    /** Roles with no element in the model, each with the summary line that says why. */
    private static final Map<String, String> SKIPPED = Map.of(
            "FileStore", "skipped.fileStore",
            "WacService", "skipped.wac",
            "ExternalServer", "skipped.trusted",
            "TrustedApplicationPool", "skipped.trusted",
            "PstnGateway", "skipped.gateway");

    private CsRoles() {
    }

    /** The element type a role is on its own (not as part of a Front End), or null. */
    static ElementType elementType(String role) {
        return TYPES.get(role);
    }

    /** The role that made a cluster this type, which needs no mention among its other services. */
    static String primaryRole(ElementType type) {
        for (Map.Entry<String, ElementType> entry : TYPES.entrySet()) {
            if (entry.getValue() == type) {
                return entry.getKey();
            }
        }
        return null;
    }

    static boolean isSkipped(String role) {
        return SKIPPED.containsKey(role);
    }

    /** The summary key of a role left out, or null for a role that needs no mention (a store: its instance maps). */
    static String skipReason(String role) {
        if (SKIPPED.containsKey(role)) {
            return SKIPPED.get(role);
        }
        return role.endsWith("Store") ? null : "skipped.role";
    }
}
