package org.coexist.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.layout.TopologyLayout;
import org.coexist.model.Element;
import org.coexist.model.Family;
import org.coexist.model.Forest;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.model.TopologyAssembly;
import org.coexist.model.catalog.Catalog;
import org.w3c.dom.Document;

/**
 * Imports what is deployed: Topology Builder documents, published topologies, {@code Export-CsConfiguration}
 * archives, legacy Edge input files and Exchange server lists. The documents of one call make one forest, laid out;
 * a document that cannot be read refuses the whole import (nothing is half-imported).
 */
public final class Importer {
    private final Catalog catalog;
    private final long maxBytes;

    public Importer(Catalog catalog) {
        this(catalog, BoundedRead.MAX_BYTES);
    }

    /** For tests: another size cap. */
    Importer(Catalog catalog, long maxBytes) {
        this.catalog = catalog;
        this.maxBytes = maxBytes;
    }

    /**
     * Imports the documents as one forest.
     *
     * @param forestName the forest's name, or null for the documents' domain
     * @param assumed    the communications version of services without a known one, or null to ask
     * @throws MissingVersionException when a version is missing and none is assumed
     * @throws ImportException         naming the first document that cannot be imported
     */
    public ImportResult importFiles(List<Path> files, String forestName, ProductVersion assumed)
            throws ImportException {
        if (assumed != null && assumed.family() != Family.COMMUNICATIONS) {
            throw new IllegalArgumentException("the assumed version must be a Lync, OCS or Skype for Business one: "
                    + assumed);
        }
        Draft draft = new Draft(catalog);
        String domain = null;
        for (Path file : files) {
            String found = read(BoundedRead.file(file, maxBytes), file.toString(), draft, assumed);
            domain = domain == null ? found : domain;
        }
        draft.resolveRoutes();
        if (draft.elements().isEmpty()) {
            throw new ImportException(files.get(0).toString(), "", "no server found that the model can show");
        }
        String name = forestName != null && !forestName.isBlank() ? forestName.strip()
                : domain != null ? domain : domainOf(draft.elements());
        TopologyLayout layout = new TopologyLayout(new DiagramGeometry(catalog));
        TopologyLayout.Arranged arranged = layout.arrange(new Forest(Draft.FOREST_ID, name, 0, 0, 0, 0),
                draft.elements(), draft.links(), 40, 40);
        Topology topology = TopologyAssembly.assemble(name, null, Map.of(), List.of(arranged.forest()),
                arranged.elements(), draft.links(), List.of());
        return new ImportResult(topology, draft.summary());
    }

    /** Reads one document into the draft; returns its domain when it names one. */
    private String read(byte[] bytes, String file, Draft draft, ProductVersion assumed) throws ImportException {
        if (ConfigurationArchive.isZip(bytes)) {
            Document items = SafeXml.parse(ConfigurationArchive.docItemSet(bytes, file, maxBytes), file);
            org.w3c.dom.Element topology = publishedTopologyIn(items.getDocumentElement());
            if (topology == null) {
                throw new ImportException(file, ConfigurationArchive.TOPOLOGY_ENTRY, "holds no Topology element in "
                        + PublishedTopologyReader.NAMESPACE);
            }
            return mapCs(PublishedTopologyReader.read(topology, file), draft, assumed);
        }
        String text = Encodings.decode(bytes);
        if (text.stripLeading().startsWith("<")) {
            return readXml(SafeXml.parse(bytes, file).getDocumentElement(), file, draft, assumed);
        }
        if (ExchangeListReader.looksLikeCsv(text)) {
            ExchangeMapper.map(ExchangeListReader.csv(text, file), draft);
            return null;
        }
        if (ExchangeListReader.looksLikeFormatList(text)) {
            ExchangeMapper.map(ExchangeListReader.formatList(text, file), draft);
            return null;
        }
        throw unknown(file, "text that is neither an Exchange server list (Format-List, CSV) nor XML");
    }

    private String readXml(org.w3c.dom.Element root, String file, Draft draft, ProductVersion assumed)
            throws ImportException {
        String ns = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
        String local = root.getLocalName();
        if ("TopologyBuilder".equals(local) && TopologyBuilderReader.NAMESPACE.equals(ns)) {
            return mapCs(TopologyBuilderReader.read(root, file), draft, assumed);
        }
        if ("Topology".equals(local) && PublishedTopologyReader.NAMESPACE.equals(ns)) {
            return mapCs(PublishedTopologyReader.read(root, file), draft, assumed);
        }
        if ("TopologyInput".equals(local) && LegacyEdgeReader.NAMESPACE.equals(ns)) {
            return mapCs(LegacyEdgeReader.read(root, file), draft, assumed);
        }
        if ("Objs".equals(local) && ExchangeListReader.CLIXML_NAMESPACE.equals(ns)) {
            ExchangeMapper.map(ExchangeListReader.clixml(root, file), draft);
            return null;
        }
        if ("DocItemSet".equals(local)) {
            org.w3c.dom.Element topology = publishedTopologyIn(root);
            if (topology != null) {
                return mapCs(PublishedTopologyReader.read(topology, file), draft, assumed);
            }
        }
        throw unknown(file, "XML with root <" + local + (ns.isEmpty() ? "" : " xmlns=\"" + ns + "\"") + ">");
    }

    private static String mapCs(CsDeployment deployment, Draft draft, ProductVersion assumed)
            throws MissingVersionException {
        CsMapper.map(deployment, draft, assumed);
        return deployment.defaultDomain;
    }

    private static org.w3c.dom.Element publishedTopologyIn(org.w3c.dom.Element root) {
        for (org.w3c.dom.Element candidate : SafeXml.descendants(root, "Topology")) {
            if (PublishedTopologyReader.NAMESPACE.equals(candidate.getNamespaceURI())) {
                return candidate;
            }
        }
        return null;
    }

    private static ImportException unknown(String file, String what) {
        return new ImportException(file, "", "a document of an unknown kind (" + what + "); expected a Topology "
                + "Builder document, a published topology (Get-CsTopology -AsXml), an Export-CsConfiguration zip, a "
                + "legacy Edge input file or an Exchange server list (Format-List, Export-Csv, Export-Clixml)");
    }

    /** The DNS domain of the first fully qualified name, or "Imported". */
    private static String domainOf(List<Element> elements) {
        List<String> names = new ArrayList<>();
        elements.forEach(e -> names.add(e.host() != null ? e.host() : e.name()));
        for (String name : names) {
            int dot = name.indexOf('.');
            if (dot > 0 && dot < name.length() - 1) {
                return name.substring(dot + 1);
            }
        }
        return "Imported";
    }

    /** Text of a document: UTF-8 unless a byte order mark says UTF-16 (PowerShell's Out-File writes UTF-16). */
    static final class Encodings {
        private Encodings() {
        }

        static String decode(byte[] bytes) {
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
                return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
            }
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
                return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
            }
            if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF) {
                return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
