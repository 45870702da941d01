package org.coexist.model.catalog;

import java.util.List;
import org.coexist.model.LinkKind;

/**
 * What the catalog says of one link kind: which endpoints it allows.
 *
 * @param from       endpoint terms for the source: element type names or tags
 * @param to         endpoint terms for the target
 * @param sameFamily  whether both ends must be of one product family
 * @param alsoBetween endpoint pairs the kind fits as well, whatever their families (Lotus Notes to Exchange)
 */
public record LinkKindSpec(LinkKind kind, String label, String shortLabel, List<String> from, List<String> to,
                           boolean sameFamily, List<EndpointPair> alsoBetween) {

    public LinkKindSpec {
        from = List.copyOf(from);
        to = List.copyOf(to);
        alsoBetween = List.copyOf(alsoBetween);
    }

    /** One more pair of endpoint terms a kind joins. */
    public record EndpointPair(List<String> from, List<String> to) {
        public EndpointPair {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
    }
}
