package org.coexist.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SvgExporterTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private final SvgExporter exporter = new SvgExporter(ExportFixtures.painter());

    @Test
    void isWellFormedSvgWithEveryNameAndTheErrorClassOnTheErrorLink() throws Exception {
        Topology topology = ExportFixtures.topology();
        topology.addElement(new Element("e3", ElementType.APPLICATION, ProductVersion.LYNC_2010,
                "R&D <lab> \"bot\"", "f1", 560, 240));
        Document svg = parse(exporter.toSvg(topology, ExportFixtures.findings(topology), 1));

        assertEquals("svg", svg.getDocumentElement().getLocalName());
        assertEquals(SVG_NS, svg.getDocumentElement().getNamespaceURI());
        assertEquals("0 0 840 340", svg.getDocumentElement().getAttribute("viewBox"));
        List<String> texts = texts(svg);
        for (String name : List.of("Contoso", "pool01", "archive01", "sql01", "R&D <lab> \"bot\"", "archives",
                "SQL 2008")) {
            assertTrue(texts.contains(name), name + " missing from " + texts);
        }
        assertEquals(List.of("link l1"), titlesOfGroupsWithClass(svg, "error"));
        assertEquals(List.of("pool p1"), titlesOfGroupsWithClass(svg, "warning"));
        assertTrue(svg.getElementsByTagNameNS(SVG_NS, "image").getLength() >= 5);
        String href = ((org.w3c.dom.Element) svg.getElementsByTagNameNS(SVG_NS, "image").item(0))
                .getAttributeNS("http://www.w3.org/1999/xlink", "href");
        assertTrue(href.startsWith("data:image/png;base64,"), href);
    }

    @Test
    void withoutFindingsNothingCarriesASeverityClass() throws Exception {
        Document svg = parse(exporter.toSvg(ExportFixtures.topology(), List.of(), 2));
        assertTrue(titlesOfGroupsWithClass(svg, "error").isEmpty());
        assertTrue(titlesOfGroupsWithClass(svg, "warning").isEmpty());
        assertEquals("1680", svg.getDocumentElement().getAttribute("width"));
    }

    @Test
    void longNamesWrapOnTwoLinesThenAreElided() throws Exception {
        Topology topology = ExportFixtures.topology();
        String longName = "an-extremely-long-server-name-that-cannot-fit-on-a-card.contoso.example.com";
        topology.replaceElement(topology.element("e2").withName(longName));
        List<String> texts = texts(parse(exporter.toSvg(topology, List.of(), 1)));
        assertFalse(texts.contains(longName));
        // Two lines, broken after a hyphen, the second shortened: together a start of the name.
        int first = texts.indexOf("an-extremely-long-");
        assertTrue(first >= 0, texts.toString());
        String second = texts.get(first + 1);
        assertTrue(second.endsWith("\u2026") && longName.startsWith(texts.get(first)
                + second.substring(0, second.length() - 1)), texts.toString());
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagNameNS(SVG_NS, "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static List<String> titlesOfGroupsWithClass(Document svg, String cssClass) {
        List<String> titles = new ArrayList<>();
        NodeList groups = svg.getElementsByTagNameNS(SVG_NS, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            org.w3c.dom.Element group = (org.w3c.dom.Element) groups.item(i);
            if (List.of(group.getAttribute("class").split(" ")).contains(cssClass)) {
                titles.add(group.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent());
            }
        }
        return titles;
    }
}
