package org.coexist.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses the XML documents an administrator hands us without trusting them: no DOCTYPE at all (so no external
 * entities, no entity-expansion bombs, no DTD fetched), secure processing on, no external DTD or schema access.
 * The documents we read (Topology Builder, published topologies, Clixml) never carry a DOCTYPE.
 */
final class SafeXml {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SafeXml() {
    }

    static Document parse(byte[] bytes, String file) throws ImportException {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new Refuse());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            return builder.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            throw new ImportException(file, "line " + e.getLineNumber() + ", column " + e.getColumnNumber(),
                    reason(e), e);
        } catch (SAXException e) {
            throw new ImportException(file, "XML", reason(e), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new ImportException(file, "XML", "cannot be parsed (" + e.getMessage() + ")", e);
        }
    }

    private static String reason(SAXException e) {
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        if (message.contains("DOCTYPE")) {
            return "a DOCTYPE declaration is not accepted (entities and DTDs are refused)";
        }
        return "not well-formed XML (" + message + ")";
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature(DISALLOW_DOCTYPE, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** The parser's warnings and errors become exceptions instead of lines on stderr. */
    private static final class Refuse implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {
            // A warning does not stop a well-formed document.
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }

    // ------------------------------------------------------------------ small DOM helpers

    /** The child elements of a node with that local name (any namespace), in document order. */
    static java.util.List<Element> children(Node parent, String localName) {
        java.util.List<Element> found = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static Element child(Node parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** Every descendant element with that local name. */
    static java.util.List<Element> descendants(Element root, String localName) {
        java.util.List<Element> found = new java.util.ArrayList<>();
        org.w3c.dom.NodeList list = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    /** The attribute's value, or null when absent (DOM gives "" for both). */
    static String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    static String text(Element element) {
        return element == null ? null : element.getTextContent().strip();
    }
}
