package fr.vigie.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.AttributeType;
import fr.vigie.model.ConfigException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ARX hierarchy files and the builtin builders. */
class HierarchyTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) {
        Path path = dir.resolve(name);
        Fixtures.write(path, text);
        return path;
    }

    @Test
    void loadsArxFilesCountingEveryRow() {
        Hierarchy age = Hierarchy.load(Fixtures.ADULT.resolve("adult_hierarchy_age.csv"));
        assertThat(age.size()).isEqualTo(100);
        assertThat(age.levels()).isEqualTo(5);
        assertThat(age.generalise("39", 1)).isEqualTo("35-39");
        assertThat(age.generalise("39", 4)).isEqualTo("*");
    }

    @Test
    void rejectsRowsOfUnequalLength() {
        Path bad = file("bad.csv", "a;ab;*\nb;ab\n");
        assertThatThrownBy(() -> Hierarchy.load(bad)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("bad.csv").hasMessageContaining("line 2");
    }

    @Test
    void rejectsALabelMappingToTwoParents() {
        Path bad = file("parents.csv", "a;ab;X\nb;ab;Y\n");
        assertThatThrownBy(() -> Hierarchy.load(bad)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("parents.csv").hasMessageContaining("two different labels");
    }

    @Test
    void rejectsAValueListedTwice() {
        Path bad = file("twice.csv", "a;*\na;*\n");
        assertThatThrownBy(() -> Hierarchy.load(bad)).hasMessageContaining("line 2 repeats");
    }

    @Test
    void rejectsAMissingFile() {
        assertThatThrownBy(() -> Hierarchy.load(dir.resolve("none.csv"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("none.csv");
    }

    @Test
    void rejectsDataValuesAbsentFromTheHierarchyWithoutNamingThem() {
        file("h.csv", "Montpellier;*\n");
        DataTable table = DataTable.builder(List.of("commune")).add(new String[] {"Montpellier"})
                .add(new String[] {"Secretville"}).build();
        Policy policy = Fixtures.policy(dir, "id: p\nprivacy: {k: 1}\nhierarchies:\n  commune: {file: h.csv}\n");
        assertThatThrownBy(() -> new Anonymiser(policy, dir).anonymise(table,
                List.of(new ColumnInfo("commune", AttributeType.QUASI_IDENTIFYING, null)), null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("h.csv")
                .hasMessageContaining("1 distinct value(s) of column 'commune'")
                .hasMessageNotContaining("Secretville");
    }

    @Test
    void intervalBuilderNestsWidths() {
        Hierarchy h = Hierarchies.interval("age", List.of("34", "7", ""),
                List.of(BigDecimal.valueOf(5), BigDecimal.valueOf(10), BigDecimal.valueOf(20)));
        assertThat(h.row(0)).containsExactly("34", "[30, 35[", "[30, 40[", "[20, 40[", "*");
        assertThat(h.row(1)).containsExactly("7", "[5, 10[", "[0, 10[", "[0, 20[", "*");
        assertThat(h.row(2)).containsExactly("", "", "", "", "*");
        assertThatThrownBy(() -> Hierarchies.interval("age", List.of("1"),
                List.of(BigDecimal.valueOf(5), BigDecimal.valueOf(12)))).hasMessageContaining("multiple");
        assertThatThrownBy(() -> Hierarchies.interval("age", List.of("x"), List.of(BigDecimal.ONE)))
                .hasMessageContaining("not a number");
    }

    @Test
    void dateBuilderReadsIsoAndFrenchDates() {
        Hierarchy h = Hierarchies.date("naissance", List.of("1984-03-17", "05/11/1991"));
        assertThat(h.row(0)).containsExactly("1984-03-17", "1984-03", "1984", "1980-1989", "*");
        assertThat(h.row(1)).containsExactly("05/11/1991", "1991-11", "1991", "1990-1999", "*");
        assertThatThrownBy(() -> Hierarchies.date("d", List.of("31/02/2000"))).hasMessageContaining("not a date");
    }

    @Test
    void maskBuilderHidesTrailingCharacters() {
        Hierarchy h = Hierarchies.mask("cp", List.of("34070", "34000"));
        assertThat(h.row(0)).containsExactly("34070", "3407*", "340**", "34***", "*");
        assertThat(h.generalise("34000", 2)).isEqualTo("340**");
    }

    @Test
    void groupsBuilderReadsAYamlMap() {
        Path groups = file("sf.yml", "levels:\n  - en couple: [marié, pacsé]\n    seul: [célibataire, veuf]\n");
        Hierarchy h = Hierarchies.groups(groups, List.of("marié", "veuf"));
        assertThat(h.row(0)).containsExactly("marié", "en couple", "*");
        assertThat(h.row(1)).containsExactly("veuf", "seul", "*");
        assertThatThrownBy(() -> Hierarchies.groups(groups, List.of("divorcé"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("sf.yml").hasMessageContaining("levels[0]");
    }

    @Test
    void suppressBuilderMapsEveryValueToStar() {
        Hierarchy h = Hierarchies.suppress("x", List.of("a", "b", "a"));
        assertThat(h.size()).isEqualTo(2);
        assertThat(h.generalise("b", 1)).isEqualTo("*");
    }

    @Test
    void defaultHierarchyFollowsWhatTheValuesLookLike() {
        assertThat(DefaultHierarchies.guess("cp", List.of("34070", "34000")).generalise("34070", 1))
                .isEqualTo("3407*");
        assertThat(DefaultHierarchies.guess("age", List.of("10", "90")).generalise("10", 1)).startsWith("[");
        assertThat(DefaultHierarchies.guess("d", List.of("2001-01-05")).generalise("2001-01-05", 2))
                .isEqualTo("2001");
        assertThat(DefaultHierarchies.guess("sexe", List.of("F", "M")).levels()).isEqualTo(2);
    }
}
