package fr.vigie.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Shared test fixtures: the corpus under {@code src/test/resources/ingest/} and writers of binary fixtures. */
final class IngestFixtures {

    private IngestFixtures() {
    }

    /** A corpus file, e.g. {@code good/utf8-semicolon-lf.csv}. */
    static Path corpus(String name) {
        try {
            return Path.of(IngestFixtures.class.getResource("/ingest/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no corpus file " + name, e);
        }
    }

    /** Everything a reader returns, split into rows and malformed records. */
    record ReadResult(List<String> header, CsvDialect dialect, List<SourceRecord.Row> rows,
                      List<SourceRecord.Malformed> malformed, long recordsRead) {
    }

    static ReadResult readAll(Path file, ReadOptions options) {
        try (TableReader reader = TableReaders.open(file, options)) {
            List<SourceRecord.Row> rows = new ArrayList<>();
            List<SourceRecord.Malformed> malformed = new ArrayList<>();
            SourceRecord record;
            while ((record = reader.next()) != null) {
                if (record instanceof SourceRecord.Row row) {
                    rows.add(row);
                } else {
                    malformed.add((SourceRecord.Malformed) record);
                }
            }
            return new ReadResult(reader.header(), reader.dialect(), rows, malformed, reader.recordsRead());
        }
    }

    /** Writes a ZIP archive from name/content pairs; {@code mimetype} first and stored, as ODF requires. */
    static Path zip(Path file, String... namesAndContents) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] bytes = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(namesAndContents[i]);
                if (namesAndContents[i].equals("mimetype")) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(bytes.length);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return file;
    }

    /**
     * A minimal XLSX workbook: one sheet per entry of {@code sheets} (name, rows); cells are inline
     * strings, or numbers when they parse as such; a cell {@code "=date:45657"} is a date serial with
     * the built-in date format 14.
     */
    static Path xlsx(Path file, List<String> sheetNames, List<List<List<String>>> sheets) throws IOException {
        StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        List<String> entries = new ArrayList<>();
        for (int s = 0; s < sheets.size(); s++) {
            int id = s + 1;
            workbook.append("<sheet name=\"").append(sheetNames.get(s)).append("\" sheetId=\"").append(id)
                    .append("\" r:id=\"rId").append(id).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(id)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                            + "Target=\"worksheets/sheet").append(id).append(".xml\"/>");
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(id)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            entries.add("xl/worksheets/sheet" + id + ".xml");
            entries.add(sheetXml(sheets.get(s)));
        }
        workbook.append("</sheets></workbook>");
        rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                + "Target=\"styles.xml\"/></Relationships>");
        types.append("</Types>");
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs>"
                + "</styleSheet>";
        List<String> all = new ArrayList<>(List.of(
                "[Content_Types].xml", types.toString(),
                "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                        + "Target=\"xl/workbook.xml\"/></Relationships>",
                "xl/workbook.xml", workbook.toString(),
                "xl/_rels/workbook.xml.rels", rels.toString(),
                "xl/styles.xml", styles));
        all.addAll(entries);
        return zip(file, all.toArray(String[]::new));
    }

    private static String sheetXml(List<List<String>> rows) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.isEmpty()) {
                continue;
            }
            xml.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < row.size(); c++) {
                String value = row.get(c);
                if (value.isEmpty()) {
                    continue;
                }
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                if (value.startsWith("=date:")) {
                    xml.append("<c r=\"").append(ref).append("\" s=\"1\"><v>").append(value.substring(6)).append("</v></c>");
                } else if (value.matches("-?\\d+(\\.\\d+)?")) {
                    xml.append("<c r=\"").append(ref).append("\"><v>").append(value).append("</v></c>");
                } else {
                    xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(value))
                            .append("</t></is></c>");
                }
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    /** A minimal ODS file with the given sheets; cells are strings, or floats when numeric; {@code ""} empty. */
    static Path ods(Path file, List<String> sheetNames, List<List<List<String>>> sheets) throws IOException {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:spreadsheet>");
        for (int s = 0; s < sheets.size(); s++) {
            content.append("<table:table table:name=\"").append(sheetNames.get(s)).append("\">");
            for (List<String> row : sheets.get(s)) {
                content.append("<table:table-row>");
                for (String value : row) {
                    if (value.isEmpty()) {
                        content.append("<table:table-cell/>");
                    } else if (value.startsWith("=date:")) {
                        content.append("<table:table-cell office:value-type=\"date\" office:date-value=\"")
                                .append(value.substring(6)).append("\"><text:p>x</text:p></table:table-cell>");
                    } else if (value.matches("-?\\d+(\\.\\d+)?")) {
                        content.append("<table:table-cell office:value-type=\"float\" office:value=\"").append(value)
                                .append("\"><text:p>").append(value.replace('.', ',')).append("</text:p></table:table-cell>");
                    } else {
                        content.append("<table:table-cell office:value-type=\"string\"><text:p>").append(escape(value))
                                .append("</text:p></table:table-cell>");
                    }
                }
                // LibreOffice pads rows with a repeated empty cell up to the last column
                content.append("<table:table-cell table:number-columns-repeated=\"1020\"/>");
                content.append("</table:table-row>");
            }
            content.append("<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell "
                    + "table:number-columns-repeated=\"1024\"/></table:table-row>");
            content.append("</table:table>");
        }
        content.append("</office:spreadsheet></office:body></office:document-content>");
        return zip(file, "mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "META-INF/manifest.xml", manifest("application/vnd.oasis.opendocument.spreadsheet"),
                "content.xml", content.toString());
    }

    /** A minimal ODT text document with one paragraph per line of {@code text}. */
    static Path odt(Path file, String text) throws IOException {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>");
        for (String line : text.split("\n")) {
            content.append("<text:p>").append(escape(line)).append("</text:p>");
        }
        content.append("</office:text></office:body></office:document-content>");
        return zip(file, "mimetype", "application/vnd.oasis.opendocument.text",
                "META-INF/manifest.xml", manifest("application/vnd.oasis.opendocument.text"),
                "content.xml", content.toString());
    }

    private static String manifest(String type) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + type + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
