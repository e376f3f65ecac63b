package fr.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsTest {
    private static final String LETTER = "Madame Martin, NIR 2 85 03 34 172 123 45, demeurant 3 rue de la Loge";

    private static Path pdf(Path file, String text, String password) throws IOException {
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

    private static Path docx(Path file, String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
        }
        return file;
    }

    @Test
    void extractsTextFromPdf(@TempDir Path dir) throws IOException {
        Path file = pdf(dir.resolve("courrier.pdf"), LETTER, null);

        DocumentText text = Documents.extract(file, DocumentLimits.defaults());

        assertThat(text.text()).contains(LETTER);
        assertThat(text.mediaType()).isEqualTo("application/pdf");
        assertThat(text.truncated()).isFalse();
        assertThat(text.toString()).doesNotContain("Martin");
    }

    @Test
    void extractsTextFromDocxOdtAndTxt(@TempDir Path dir) throws IOException {
        Path docx = docx(dir.resolve("courrier.docx"), LETTER);
        Path odt = IngestFixtures.odt(dir.resolve("courrier.odt"), "Objet : aide\n" + LETTER);
        Path txt = Files.writeString(dir.resolve("courrier.txt"), LETTER + "\n");

        assertThat(Documents.extractText(docx, DocumentLimits.defaults())).contains(LETTER);
        assertThat(Documents.extractText(odt, DocumentLimits.defaults())).contains("Objet : aide").contains(LETTER);
        assertThat(Documents.extractText(txt, DocumentLimits.defaults())).contains(LETTER);
        assertThat(TableReaders.detectFormat(docx)).isEqualTo(SourceFormat.DOCUMENT);
        assertThat(TableReaders.detectFormat(odt)).isEqualTo(SourceFormat.DOCUMENT);
    }

    @Test
    void cutsTextAtTheCharacterLimit(@TempDir Path dir) throws IOException {
        Path txt = Files.writeString(dir.resolve("long.txt"), "abcdefghij".repeat(1000));

        DocumentText text = Documents.extract(txt, DocumentLimits.defaults().withMaxChars(100));

        assertThat(text.truncated()).isTrue();
        assertThat(text.text().length()).isLessThanOrEqualTo(100);
    }

    @Test
    void rejectsAnEncryptedPdf(@TempDir Path dir) throws IOException {
        Path file = pdf(dir.resolve("secret.pdf"), LETTER, "motdepasse");

        assertThatThrownBy(() -> Documents.extractText(file, DocumentLimits.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("secret.pdf").hasMessageContaining("encrypted");
    }

    @Test
    void rejectsATextBombDocument(@TempDir Path dir) throws IOException {
        Path file = IngestFixtures.odt(dir.resolve("bombe.odt"), "a".repeat(3_000_000));

        assertThatThrownBy(() -> Documents.extractText(file, DocumentLimits.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("zip bomb");
    }

    @Test
    void rejectsADocumentNestedTooDeeply(@TempDir Path dir) throws IOException {
        String open = "<text:list><text:list-item>".repeat(30);
        String close = "</text:list-item></text:list>".repeat(30);
        Path file = IngestFixtures.zip(dir.resolve("profond.odt"),
                "mimetype", "application/vnd.oasis.opendocument.text",
                "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                        + open + "<text:p>fond</text:p>" + close + "</office:text></office:body></office:document-content>");

        assertThat(Documents.extractText(file, DocumentLimits.defaults())).contains("fond");
        assertThatThrownBy(() -> Documents.extractText(file, DocumentLimits.defaults().withMaxDepth(20)))
                .isInstanceOf(InputException.class).hasMessageContaining("nesting too deep");
    }

    @Test
    void rejectsFilesOverTheSizeLimitEmptyOrDamaged(@TempDir Path dir) throws IOException {
        Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));
        Path empty = Files.writeString(dir.resolve("empty.pdf"), "");
        Path damaged = Files.writeString(dir.resolve("damaged.pdf"), "%PDF-1.7\n1 0 obj <<");

        assertThatThrownBy(() -> Documents.extractText(big, DocumentLimits.defaults().withMaxFileBytes(1000)))
                .isInstanceOf(InputException.class).hasMessageContaining("over 1000 bytes");
        assertThatThrownBy(() -> Documents.extractText(empty, DocumentLimits.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("file is empty");
        assertThatThrownBy(() -> Documents.extractText(damaged, DocumentLimits.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("damaged.pdf");
    }
}
