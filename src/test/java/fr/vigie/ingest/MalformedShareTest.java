package fr.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.InputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MalformedShareTest {
    @Test
    void moreThanHalfTheRowsMalformedIsAMisreadNamingTheFile() {
        assertThatThrownBy(() -> MalformedShare.check(Path.of("data/aides.csv"), 400, 201))
                .isInstanceOf(InputException.class).hasMessageStartingWith("data/aides.csv: 201 of 400 rows malformed");
    }

    @Test
    void halfOrLessIsNot() {
        assertThatCode(() -> MalformedShare.check(Path.of("data/aides.csv"), 400, 200)).doesNotThrowAnyException();
        assertThatCode(() -> MalformedShare.check(Path.of("data/aides.csv"), 0, 0)).doesNotThrowAnyException();
    }
}
