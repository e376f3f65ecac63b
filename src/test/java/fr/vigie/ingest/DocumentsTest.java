package fr.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static fr.vigie.testing.DocumentFixtures.docx;
import static fr.vigie.testing.DocumentFixtures.pdf;

import fr.vigie.model.InputException;
import fr.vigie.testing.DocumentFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsTest {
    private static final String LETTER = "Madame Martin, NIR 2 85 03 34 172 123 45, demeurant 3 rue de la Loge";

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

    @Test
    void refusesAZipBombDocxBeforeAnyParserOpensIt(@TempDir Path dir) throws IOException {
        Path file = DocumentFixtures.zipBombDocx(dir.resolve("bombe.docx"), 50_000_000L);

        assertThatThrownBy(() -> Documents.extract(file, DocumentLimits.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("bombe.docx")
                .hasMessageContaining("suspected zip bomb");
        assertThatThrownBy(() -> Documents.extract(file, DocumentLimits.defaults().withMaxCompressionRatio(100_000)
                .withMaxExpandedBytes(10_000_000)))
                .isInstanceOf(InputException.class).hasMessageContaining("expands past 10000000 bytes");
    }

    @Test
    void refusesADeeplyNestedDocxWithoutOverflowingTheStack(@TempDir Path dir) throws IOException {
        Path file = DocumentFixtures.nestedDocx(dir.resolve("imbrique.docx"), 20_000);
        Path shallow = DocumentFixtures.nestedDocx(dir.resolve("tableaux.docx"), 5);

        assertThat(Files.size(file)).isLessThan(10_000);
        assertThatThrownBy(() -> Documents.extract(file, DocumentLimits.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("imbrique.docx")
                .hasMessageContaining("nesting too deep");
        assertThat(Documents.extractText(shallow, DocumentLimits.defaults())).contains("fond");
    }
}
