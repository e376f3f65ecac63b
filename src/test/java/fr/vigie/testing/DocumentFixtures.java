package fr.vigie.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real PDF and DOCX files made at test time (with the libraries Tika itself uses to read them). */
public final class DocumentFixtures {
    private DocumentFixtures() {
    }

    /** A one-page PDF showing {@code text}, encrypted with {@code password} unless it is null. */
    public static Path pdf(Path file, String text, String password) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(40, 700);
                content.showText(text);
                content.endText();
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A DOCX with one paragraph of {@code text}. */
    public static Path docx(Path file, String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
        }
        return file;
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * A zip-bomb DOCX: a valid Word package whose {@code word/document.xml} expands to about
     * {@code expandedBytes} of paragraphs from a file about a thousand times smaller.
     */
    public static Path zipBombDocx(Path file, long expandedBytes) throws IOException {
        byte[] paragraph = "<w:p><w:r><w:t>bombe</w:t></w:r></w:p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
        return wordPackage(file, out -> {
            out.write(("<w:document xmlns:w=\"" + W + "\"><w:body>").getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < expandedBytes; written += paragraph.length) {
                out.write(paragraph);
            }
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A DOCX of a few kilobytes whose body nests {@code levels} tables, each in the cell of the one above. */
    public static Path nestedDocx(Path file, int levels) throws IOException {
        return wordPackage(file, out -> {
            out.write(("<w:document xmlns:w=\"" + W + "\"><w:body>").getBytes(StandardCharsets.UTF_8));
            byte[] open = "<w:tbl><w:tr><w:tc>".getBytes(StandardCharsets.UTF_8);
            byte[] close = "<w:p/></w:tc></w:tr></w:tbl>".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < levels; i++) {
                out.write(open);
            }
            out.write("<w:p><w:r><w:t>fond</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < levels; i++) {
                out.write(close);
            }
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Writes the body of {@code word/document.xml}. */
    private interface DocumentBody {
        void write(OutputStream out) throws IOException;
    }

    private static Path wordPackage(Path file, DocumentBody body) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>".getBytes(StandardCharsets.UTF_8));
            body.write(zip);
            zip.closeEntry();
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
