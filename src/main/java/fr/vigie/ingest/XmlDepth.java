package fr.vigie.ingest;

import fr.vigie.model.InputException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Measures how deep the elements of an XML stream nest, reading it as a stream of events (no tree,
 * no recursion, no DTD or external entity), so that a document nested deeper than a parser's stack
 * can follow is refused before any parser builds a tree of it.
 */
final class XmlDepth {
    private static final XMLInputFactory FACTORY = factory();

    private XmlDepth() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /**
     * Reads the stream to its end (the caller closes it).
     *
     * @throws InputException naming {@code file} when elements nest deeper than {@code maxDepth}, or
     *     when the XML is not well formed
     */
    static void check(Path file, InputStream in, int maxDepth) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(in);
            readToEnd(file, reader, maxDepth);
        } catch (XMLStreamException e) {
            // the parser's message may quote the document: only say what kind of problem it is
            throw new InputException(file, "damaged document: a part is not well-formed XML");
        } finally {
            closeQuietly(reader);
        }
    }

    private static void readToEnd(Path file, XMLStreamReader reader, int maxDepth) throws XMLStreamException {
        int depth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT && ++depth > maxDepth) {
                throw new InputException(file, "nesting too deep: XML elements nested over " + maxDepth
                        + " levels");
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static void closeQuietly(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // the stream is the caller's to close
            }
        }
    }
}
