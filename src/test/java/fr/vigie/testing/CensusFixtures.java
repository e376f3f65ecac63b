package fr.vigie.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A census microdata file as statistical offices publish it: the Adult extract of the 1994 US census
 * ({@code src/test/resources/reference/adult/}) recoded the way the American Community Survey's public
 * use microdata (PUMS) codes it, written as Parquet with integer columns and a boolean outcome, as
 * people download it (e.g. through the folktables package). Every row is a person.
 */
public final class CensusFixtures {
    /** The Adult file of the anonymisation reference tests. */
    public static final Path ADULT = Path.of("src/test/resources/reference/adult/adult.csv");

    /** The Parquet schema: ACS PUMS variable names, integer codes, a boolean outcome. */
    public static final String PUMS_SCHEMA = """
            message pums {
              required int32 SEX;
              required int32 AGEP;
              required int32 RAC1P;
              required int32 MAR;
              required int32 SCHL;
              required int32 POBP;
              required int32 COW;
              required int32 OCCP;
              required int32 WKHP;
              required int64 PINCP;
              required boolean HIGH_INCOME;
            }""";

    // ACS PUMS code lists (2018 data dictionary), for the values the Adult file holds.
    private static final Map<String, Integer> RACE = Map.of("White", 1, "Black", 2, "Amer-Indian-Eskimo", 3,
            "Asian-Pac-Islander", 6, "Other", 8);
    private static final Map<String, Integer> MARITAL = Map.of("Married-civ-spouse", 1, "Married-AF-spouse", 1,
            "Married-spouse-absent", 1, "Widowed", 2, "Divorced", 3, "Separated", 4, "Never-married", 5);
    private static final Map<String, Integer> SCHOOLING = Map.ofEntries(Map.entry("Preschool", 2),
            Map.entry("1st-4th", 6), Map.entry("5th-6th", 8), Map.entry("7th-8th", 10), Map.entry("9th", 12),
            Map.entry("10th", 13), Map.entry("11th", 14), Map.entry("12th", 15), Map.entry("HS-grad", 16),
            Map.entry("Some-college", 18), Map.entry("Assoc-voc", 20), Map.entry("Assoc-acdm", 20),
            Map.entry("Bachelors", 21), Map.entry("Masters", 22), Map.entry("Prof-school", 23),
            Map.entry("Doctorate", 24));
    private static final Map<String, Integer> WORKER_CLASS = Map.of("Private", 1, "Local-gov", 3, "State-gov", 4,
            "Federal-gov", 5, "Self-emp-not-inc", 6, "Self-emp-inc", 7, "Without-pay", 8);
    private static final Map<String, Integer> OCCUPATION = Map.ofEntries(Map.entry("Exec-managerial", 20),
            Map.entry("Prof-specialty", 2310), Map.entry("Tech-support", 1010), Map.entry("Sales", 4760),
            Map.entry("Adm-clerical", 5860), Map.entry("Protective-serv", 3870), Map.entry("Priv-house-serv", 4230),
            Map.entry("Other-service", 4020), Map.entry("Farming-fishing", 6050), Map.entry("Craft-repair", 7200),
            Map.entry("Machine-op-inspct", 7750), Map.entry("Transport-moving", 9130),
            Map.entry("Handlers-cleaners", 9620), Map.entry("Armed-Forces", 9830));
    private static final Map<String, Integer> BIRTH_PLACE = Map.ofEntries(Map.entry("Mexico", 303),
            Map.entry("Philippines", 233), Map.entry("Germany", 110), Map.entry("Puerto-Rico", 72),
            Map.entry("Canada", 301), Map.entry("India", 210), Map.entry("El-Salvador", 312), Map.entry("Cuba", 327),
            Map.entry("England", 139), Map.entry("Jamaica", 329), Map.entry("Italy", 120), Map.entry("China", 207),
            Map.entry("Dominican-Republic", 328), Map.entry("Vietnam", 247), Map.entry("Guatemala", 313),
            Map.entry("Japan", 215), Map.entry("Poland", 142), Map.entry("Columbia", 362), Map.entry("Taiwan", 240),
            Map.entry("Iran", 212), Map.entry("Haiti", 332), Map.entry("Portugal", 148), Map.entry("France", 110),
            Map.entry("Ireland", 116), Map.entry("Greece", 114), Map.entry("Peru", 364), Map.entry("Ecuador", 363));

    private CensusFixtures() {
    }

    /** Writes the Adult records as PUMS-coded Parquet ({@link #PUMS_SCHEMA}); returns the file. */
    public static Path adultAsPums(Path file) throws IOException {
        List<String[]> rows = Files.readAllLines(ADULT, StandardCharsets.UTF_8).stream().skip(1)
                .map(line -> line.split(";", -1)).toList();
        SplittableRandom random = new SplittableRandom(1994);
        return ParquetFixtures.write(file, PUMS_SCHEMA, rows.size(), 1 << 20, (group, i) -> {
            // sex;age;race;marital-status;education;native-country;workclass;occupation;salary-class
            String[] r = rows.get(i);
            boolean high = r[8].equals(">50K");
            group.add("SEX", r[0].equals("Male") ? 1 : 2);
            group.add("AGEP", Integer.parseInt(r[1]));
            group.add("RAC1P", RACE.get(r[2]));
            group.add("MAR", MARITAL.get(r[3]));
            group.add("SCHL", SCHOOLING.get(r[4]));
            // US-born: a state code (1-56); abroad: the country's code (100-554), other countries 399 ("other").
            group.add("POBP", r[5].equals("United-States") ? 1 + random.nextInt(56) : BIRTH_PLACE.getOrDefault(r[5], 399));
            group.add("COW", WORKER_CLASS.get(r[6]));
            group.add("OCCP", OCCUPATION.get(r[7]));
            group.add("WKHP", 20 + random.nextInt(41));
            group.add("PINCP", high ? 50_001L + random.nextInt(250_000) : (long) random.nextInt(50_001) - 2_000);
            group.add("HIGH_INCOME", high);
        });
    }
}
