package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the classifier on the labelled corpus of {@code src/test/resources/classify/}, in two parts:
 * <ul>
 *   <li>development, which the rules are written with: the datasets {@link CorpusGenerator} writes, and
 *       the static files of {@code moved-from-heldout/} (held-out datasets that were used to fix rules);</li>
 *   <li>held out: {@code heldout/} (the rounds of {@link #HELD_OUT_ROUNDS}, each listed in its {@code README-roundN.md}), written apart
 *       by someone reading only the data, never tuned on.
 *       When a held-out dataset is used to fix a rule, it moves to development and a new one replaces it.</li>
 * </ul>
 * Prints the tables of each part; fails under the floors of the development corpus (issue 11's recall; a macro-F1
 * lowered by holding unknown categories for review, see {@link #DEVELOPMENT_FLOOR_MACRO_F1}). The
 * moved datasets on their own, and the held-out part, do not reach the issue's thresholds yet (README,
 * "Classify"): they are held to floors at what they reached, so that no rule change makes them worse
 * unnoticed; raise the floors as the rules improve, never lower them but for a trade their javadoc states. The held-out part prints its
 * figures only, not its disagreements, so that reading a test log is not tuning on it
 * ({@code -Dvigie.heldout.details=true} prints them, for the one evaluation that moves datasets).
 */
class CorpusEvaluationTest {
    /** Issue 11's thresholds, which the held-out part must reach. */
    static final double MIN_MACRO_F1 = 0.95;
    static final double MIN_HELD_OUT_RECALL = 0.99;
    /**
     * The development part (but round 4) reached the issue's thresholds, 0.965 and 0.987 (0.95 and 0.98 were its floors),
     * until unknown categories in files about persons were held for review (failClosed.categories): fail closed trades
     * precision for recall by design. Every column of a few repeated values that no rule explains (a status, a channel,
     * a plan, a yes/no answer) is held as SENSITIVE until a pin answers it, so macro-F1 fell to 0.904 and recall rose to
     * 0.993 (839 of 845); the floors follow, macro-F1 lowered once by that trade, recall raised to the issue's 0.99.
     * Holding such columns of words whatever their number of values (a list of 58 diagnoses had slipped through as
     * more than 50 values; many different whole numbers are still counts) left them at 0.902 and 0.993.
     * The families of person files read on round 5's misses (drugs, kinship, languages, identity fields in
     * other languages, currencies in names, missing-value marks...) raised them to 0.904 and 0.994 (840 of 845).
     * Stop 24's mechanisms (read from rounds 6 and 7) left them at 0.905 and 0.995 (841 of 845); stop 25's (read from
     * round 8, and the codes of public nomenclatures released) at 0.910 and 0.995; stop 26's (read from round 9) raised
     * macro-F1 to 0.912, stop 27's (read from rounds 10 and 11) to 0.913, stop 30's (read from round 14) to 0.914.
     */
    static final double DEVELOPMENT_FLOOR_MACRO_F1 = 0.913;
    static final double MIN_DEVELOPMENT_RECALL = 0.99;
    /**
     * What the moved datasets of rounds 1 and 2 reach (0.942 / 389 of 399 = 0.9749), then with unknown categories held
     * for review (0.878 / 394 of 399 = 0.9875), words whatever their number of values (0.876 / 394 of 399; the
     * macro-F1 floor lowered by that trade, the recall floor raised): a floor against regressions, not a target.
     * The families of person files read on round 5's misses raised macro-F1 to 0.877 (recall unchanged); stop 24's
     * mechanisms to 0.886 and 395 of 399 = 0.990; stop 25's to 0.891; stop 26's to 0.892; stop 27's to 0.894; stop 29's to 0.895; stop 30's to 0.897.
     */
    static final double MOVED_FLOOR_MACRO_F1 = 0.896;
    static final double MOVED_FLOOR_RECALL = 0.989;
    /**
     * What held-out round 4 reached before it moved to development (0.755; 145 of 168 = 0.863; 19 of 21 = 0.905,
     * on rules written without reading it), raised to what it reaches once its families were written (0.882; 162 of
     * 168 = 0.964; 20 of 21 = 0.952), then with unknown categories held for review (0.836; 167 of 168 = 0.994; the
     * macro-F1 floor lowered once by that trade, the recall floor raised): floors against regressions, not targets.
     * The families of person files read on round 5's misses raised macro-F1 to 0.841 (recall unchanged); stop 24's
     * mechanisms to 0.847; stop 25's to 0.854 and 168 of 168 (the recall floor leaves one column of slack).
     * Stop 32's mechanisms (read from round 16) raised it to 0.859.
     */
    static final Floors ROUND4 = new Floors(0.858, 0.994, 0.952);
    /**
     * What held-out round 5 reaches on the rules fixed on round 4, which were written without reading it (0.729; 155
     * of 205 = 0.756; 24 of 25 = 0.960; 0.719, 0.746, 0.960 on the rules before), then with the vocabularies in other
     * languages and free text about persons held for review, written without reading it either (0.727; 159 of 205 =
     * 0.776; 0.960), then with the identifiers of European countries (0.769; 166 of 205 = 0.810) and unknown
     * categories of person files held for review (0.783; 189 of 205 = 0.922; 0.960), words whatever their number of
     * values (0.783; 191 of 205 = 0.932), none written with it. Holding
     * free text trades precision for recall by design (fail closed): its macro-F1 floor was lowered by that trade,
     * once. Moved to development (stop 23) when its disagreements were first read, to fix rules with; its floors
     * stay, against regressions, not targets. Its families of person files, read on its misses and written on files of
     * our own (PersonFileFamiliesTest), raised them to 0.879 and 205 of 205 (personalData unchanged; the recall
     * floor leaves one column of slack); stop 24's mechanisms to 0.905 and 25 of 25 datasets' personalData (a canton
     * table read as a table of areas by area and period); stop 27's to 0.907; stop 31's to 0.910.
     */
    static final Floors ROUND5 = new Floors(0.909, 0.995, 1.0);
    /**
     * Held-out round 6, written by another hand reading only the data, scored once on the rules of round 4's fixes
     * (0.807; 147 of 171 = 0.860; 21 of 21), then with the vocabularies in other languages and free text about persons
     * held for review (0.810; 148 of 171 = 0.865), with the identifiers of European countries (0.842; 149 of 171 =
     * 0.871) and unknown categories of person files held for review (0.838; 164 of 171 = 0.959; 21 of 21), then with
     * stop 23's families and mechanisms, written without reading it (0.842; 164 of 171): floors against regressions,
     * not targets. Moved to development (stop 24) when its disagreements were first read; the mechanisms written
     * from its misses and round 7's raised it to 0.881 and 171 of 171 (the recall floor leaves one column of slack);
     * stop 25's (read from round 8) to 0.887.
     * Stop 32's mechanisms (read from round 16) raised it to 0.897.
     */
    static final Floors ROUND6 = new Floors(0.896, 0.994, 1.0);
    /**
     * Held-out round 7 (partner exports in Polish, Portuguese, Czech, Romanian, Swedish and Danish, French departments
     * no round had covered, lost headers and title rows), written by a fourth hand reading only the data, scored once
     * on the rules of round 6's stop (0.638; 98 of 136 = 0.721; 17 of 18 = 0.944), then with the identifiers of European
     * countries (0.711; 98 of 136) and unknown categories of person files held for review (0.766; 125 of 136 = 0.919;
     * 0.944), unchanged when words are held whatever their number, then with stop 23's families and mechanisms (0.773;
     * 125 of 136) and unknown codes different on every row held as identifiers (0.781; 128 of 136 = 0.941): floors
     * against regressions, not targets. The identifiers were written after its first figures were
     * read (its languages were chosen when it was commissioned), never from its files. Moved to development (stop
     * 24) when its disagreements were first read, to fix rules with; the mechanisms written from its misses and
     * round 6's raised it to 0.890, 136 of 136 and 18 of 18 (the recall floor leaves one column of slack); stop 25's
     * (read from round 8) to 0.896, then 0.893 by a stated trade: whole numbers under a name the values do not confirm
     * are held (a sanction's group 1-3 under "Niveau" went out INSENSITIVE), and so is a dangerous dog's category 1/2
     * under "categorie", which its label calls ordinary; stop 27's mechanisms raised it to 0.896, stop 30's to 0.900 (a
     * dog licence's dog's name).
     * Stop 32's mechanisms (read from round 16) raised it to 0.903.
     */
    static final Floors ROUND7 = new Floors(0.902, 0.992, 1.0);
    /**
     * Held-out round 8 (French departments no round had covered, headers lost or reduced to letters, partner exports
     * in Finnish, Norwegian, Estonian, Croatian, Hungarian and Greek), written by a fifth hand reading only the data,
     * scored once on the rules of round 7's stop before anything else changed (0.676; 130 of 141 = 0.922; 17 of 19 =
     * 0.895), unchanged by stop 23's families and mechanisms, raised by stop 24's mechanisms (written without reading
     * it) to 0.741, 133 of 141 = 0.943 and 18 of 19: floors against regressions, not targets. Moved to development
     * (stop 25) when its disagreements were first read, to fix rules with; the mechanisms written from its misses raised
     * it to 0.830, 140 of 141 = 0.993 and 19 of 19; stop 27's to 0.833; stop 29's to 0.837.
     * Stop 32's mechanisms (read from round 16) raised it to 0.843.
     */
    static final Floors ROUND8 = new Floors(0.842, 0.992, 1.0);
    /**
     * Held-out round 9 (French departments no round had covered, a travel-survey microdata file, partner exports in
     * Slovenian, Lithuanian, Bulgarian, Icelandic and Ukrainian), written by a sixth hand reading only the data, scored
     * once on the rules of stop 23 before anything of stop 24 changed (0.714; 150 of 165 = 0.909; 19 of 22 = 0.864),
     * then with stop 24's mechanisms, written without reading it (0.731; 154 of 165 = 0.933), then with stop 25's,
     * written without reading it (0.748; 158 of 165 = 0.958): floors against regressions, not targets. Moved to
     * development (stop 26) when its disagreements were first read, to fix rules with; the mechanisms written from its
     * misses raised it to 0.833, 164 of 165 = 0.994 and 22 of 22; stop 27's to 0.836; stop 30's to 0.864 (its travel
     * survey read through Cerema's published EMC² schema).
     * Stop 32's mechanisms (read from round 16) raised it to 0.867.
     */
    static final Floors ROUND9 = new Floors(0.866, 0.993, 1.0);
    /**
     * Held-out round 10 (French departments no round had covered, a travel-survey file, partner exports from Québec,
     * Tunis in Arabic script, Istanbul, Kyiv and Reykjavík, a US visitor-management export), written by a seventh hand
     * reading only the data, at the same time as round 9 and apart from it, scored once on the rules of stop 23 before
     * anything of stop 24 changed (0.692; 163 of 173 = 0.942; 22 of 22), then with stop 24's mechanisms, written
     * without reading it (0.699; 169 of 173 = 0.977), unchanged by stop 25's, raised by stop 26's, written without
     * reading it (0.705; 171 of 173 = 0.988): floors against regressions, not targets. Moved to development (stop 27)
     * when its disagreements were first read, to fix rules with; the mechanisms written from its misses raised it to
     * 0.811 and 173 of 173 (the recall floor leaves one column of slack); stop 30's to 0.825 (its travel survey read
     * through Cerema's published EMC² schema).
     * Stop 32's mechanisms (read from round 16) raised it to 0.830.
     */
    static final Floors ROUND10 = new Floors(0.829, 0.994, 1.0);
    /**
     * Held-out round 11 (French departments no round had covered, a coded youth-health survey, open data with no
     * person, partner exports from Riga, Bratislava, Valletta, Dublin, Leeds, Casablanca and Luxembourg), written by an
     * eighth hand reading only the data, scored once on the rules of stop 24 before anything of stop 25 was merged
     * (0.722; 156 of 161 = 0.969; 17 of 20 = 0.850), then with stop 25's mechanisms, written without reading it
     * (0.724), then with stop 26's (0.727), then with stop 27's read from round 10 (0.734; 157 of 161 = 0.975):
     * floors against regressions, not targets. Moved to development in the same stop when its disagreements were first
     * read; the mechanisms written from its misses raised it to 0.837, 160 of 161 = 0.994 and 20 of 20; stop 29's to 0.840.
     * Stop 32's mechanisms (read from round 16) raised it to 0.853.
     */
    static final Floors ROUND11 = new Floors(0.852, 0.993, 1.0);
    /**
     * Held-out round 12 (French departments no round had covered, a coded staff survey, open data with no person,
     * partner exports from Belgrade in Cyrillic, Suwon in Korean and Tbilisi in Georgian script), written by a ninth hand
     * reading only the data, scored once on the rules of stop 25's end (0.686; 155 of 164 = 0.945; 19 of 20 = 0.950),
     * then with stop 26's mechanisms, written without reading it (0.695; 156 of 164 = 0.951), then with stop 27's read
     * from round 10 (0.695; 157 of 164 = 0.957): floors against regressions, not targets. Its macro-F1 floor was lowered
     * once by a stated trade (stop 27): words of a script no rule reads are held for review however many their values,
     * since names and addresses look like any label to the rules (0.693; 159 of 164 = 0.970), unchanged by the rest.
     * Moved to development (stop 28) when its disagreements were first read, to fix rules with; the mechanisms written
     * from its misses raised it to 0.837, 164 of 164 and 20 of 20 (the recall floor leaves one column of slack); stop
     * 29's to 0.841.
     */
    static final Floors ROUND12 = new Floors(0.840, 0.994, 1.0);
    /**
     * Held-out round 13 (French departments no round had covered, a coded count of rough sleepers, open data with no
     * person, partner exports from Safed in Hebrew, Kitakyushu in Japanese, Valparaíso, Yerevan in Armenian and Huế in
     * Vietnamese), written by a tenth hand reading only the data, scored once on the rules of stop 25's end before
     * anything of stop 26 was merged (0.683; 154 of 166 = 0.928; 18 of 20 = 0.900), unchanged by stop 26's mechanisms,
     * raised by stop 27's (0.683; 161 of 166 = 0.970), unchanged by stop 28's: floors against regressions, not
     * targets. Moved to development (stop 29) when its disagreements were first read, to fix rules with; the mechanisms
     * written from its misses raised it to 0.902, 166 of 166 and 20 of 20 (the recall floor leaves one column of slack).
     */
    static final Floors ROUND13 = new Floors(0.901, 0.994, 1.0);
    /**
     * Held-out round 14 (French departments no round had covered, a road-accident microdata file in the national BAAC
     * layout without its code book, open data with no person, partner exports from Jaipur in Hindi, Guadalajara,
     * Isfahan in Persian, Chengdu in Chinese and Almaty in Kazakh), written by an eleventh hand reading only the data,
     * scored once on the rules of stop 26's end before anything of stop 27 was merged (0.604; 133 of 156 = 0.853; 17
     * of 20 = 0.850), then with the rest of stop 27's mechanisms (0.610; 141 of 156 = 0.904), then with stop 29's
     * mechanisms read from round 13, written without reading it (0.626; 148 of 156 = 0.949): floors against
     * regressions, not targets. Moved to development (stop 30) when its disagreements were first read, to fix rules with;
     * the mechanisms written from its misses raised it to 0.834, 156 of 156 and 20 of 20 (the recall floor leaves one
     * column of slack); stop 31's raised it to 0.843.
     * Stop 32's mechanisms (read from round 16) raised it to 0.854.
     */
    static final Floors ROUND14 = new Floors(0.853, 0.993, 1.0);
    /**
     * Held-out round 15 (French departments no round had covered, a coded mobility survey of older people without its
     * code book, open data with no person, partner exports from Tirana in Albanian, Bandung in Indonesian, Lahore in
     * Urdu, Mombasa in Swahili and Ulaanbaatar in Mongolian Cyrillic), written by a twelfth hand reading only the data,
     * scored once in stop 27 on the rules then in force (the mechanisms read from round 10 and the stop's first attacks
     * merged, those read from round 11 not yet): 0.632; 143 of 150 = 0.953; 18 of 20 = 0.900, then with stop 28's
     * mechanisms read from round 12, written without reading it (0.635), then with stop 29's read from round 13 (0.641;
     * 144 of 150 = 0.960), then with stop 30's read from round 14 (0.705; 146 of 150 = 0.973): floors against regressions,
     * not targets. Moved to development (stop 31) when its disagreements were first read, to fix rules with; the
     * mechanisms written from its misses raised it to 0.860, 150 of 150 and 20 of 20 (the recall floor leaves one column
     * of slack).
     * Stop 32's mechanisms (read from round 16) raised it to 0.877.
     */
    static final Floors ROUND15 = new Floors(0.876, 0.993, 1.0);
    /**
     * Held-out round 16 (French departments no round had covered, a coded victimisation survey without its code book,
     * open data with no person, partner exports from Skopje in Macedonian Cyrillic, Baku in Azerbaijani, Dhaka in
     * Bengali script, Antananarivo in Malagasy and Cebu in Cebuano), written by a thirteenth hand reading only the
     * data, scored once in stop 28 on stop 27's final rules before anything of stop 28 was merged (0.732; 154 of 162 =
     * 0.951; 19 of 20 = 0.950), then with stop 28's mechanisms read from round 12, written without reading it (0.736),
     * then with stop 29's read from round 13 (0.745; 156 of 162 = 0.963), then with stop 30's read from round 14 (0.785;
     * 157 of 162 = 0.969), then with stop 31's read from round 15 (the same): floors against regressions, not targets.
     * Moved to development (stop 32) when its disagreements were first read, to fix rules with.
     * The mechanisms written from its misses raised it to 0.879, 162 of 162 and 20 of 20 (the recall floor leaves one
     * column of slack).
     */
    static final Floors ROUND16 = new Floors(0.878, 0.993, 1.0);
    /**
     * Held-out round 17 (French departments no round had covered, a coded time-use survey without its code book, open
     * data with no person, partner exports from Colombo in Sinhala script, Phnom Penh in Khmer script, Tashkent in
     * Uzbek, Port-au-Prince in Haitian Creole and Asunción in Guarani and Spanish), written by a fourteenth hand
     * reading only the data, scored once in stop 29 on stop 28's final rules before anything of stop 29 was merged
     * (0.779; 138 of 141 = 0.979; 20 of 20), then with stop 29's mechanisms read from round 13, written without
     * reading it (0.781; 139 of 141 = 0.986), then with stop 30's read from round 14 (0.807): floors against regressions,
     * not targets.
     * Then with stop 32's mechanisms read from round 16, written without reading it (0.821; 140 of 141 = 0.993).
     */
    static final Floors ROUND17 = new Floors(0.820, 0.992, 1.0);
    /**
     * Held-out round 18 (French departments no round had covered, a coded survey of cultural practices without its code
     * book, open data with no person, partner exports from Minsk in Belarusian, Kuala Lumpur in Malay, Kathmandu in
     * Nepali (Devanagari), Lagos in Yoruba and Vientiane in Lao script), written by a fifteenth hand reading only the
     * data, scored once in stop 30 on stop 29's final rules before anything of stop 30 was merged (0.744; 135 of 137 =
     * 0.985; 19 of 20 = 0.950), then with stop 30's mechanisms read from round 14, written without reading it (0.771; 135
     * of 137): floors against regressions, not targets. Its recall floor failed once in stop 30, when world30b's lists
     * were merged; the lead found the cause by figures only (the citizenship words of the world's languages) and withdrew
     * it: classification-evaluation.md, "Stop 30".
     * Then with stop 32's mechanisms read from round 16, written without reading it (0.787).
     */
    static final Floors ROUND18 = new Floors(0.786, 0.984, 0.95);
    /**
     * Held-out round 19 (French departments no round had covered, a coded survey of social isolation without its code
     * book, open data with no person, partner exports from Durban in isiZulu, Yangon in Burmese script, Rotorua in te reo
     * Māori, Otavalo in Kichwa and Kigali in Kinyarwanda), written by a sixteenth hand reading only the data, scored once
     * in stop 31 on stop 30's final rules before anything of stop 31 was merged (0.708; 133 of 140 = 0.950; 19 of 20 =
     * 0.950), then with stop 31's mechanisms read from round 15, written without reading it (0.711; 134 of 140 = 0.957):
     * floors against regressions, not targets.
     * Then with stop 32's mechanisms read from round 16, written without reading it (0.730; 135 of 140 = 0.964).
     */
    static final Floors ROUND19 = new Floors(0.729, 0.963, 0.95);
    /**
     * Held-out round 20 (French departments no round had covered, a coded survey of sports practice without its code
     * book, open data with no person, partner exports from Stornoway in Scottish Gaelic, Tizi Ouzou in Kabyle, Pikine in
     * Wolof, El Alto in Aymara and Bishkek in Kyrgyz), written by a seventeenth hand reading only the data, scored once
     * in stop 32 on stop 31's final rules before anything of stop 32 was merged (0.787; 134 of 135 = 0.993; 20 of 20):
     * floors against regressions, not targets.
     * Then with stop 32's mechanisms read from round 16, written without reading it (0.798).
     */
    static final Floors ROUND20 = new Floors(0.797, 0.992, 1.0);
    static final Path HELD_OUT = CorpusGenerator.DEFAULT_DIR.resolve("heldout");
    static final Path MOVED = CorpusGenerator.DEFAULT_DIR.resolve("moved-from-heldout");

    /** What a part must keep: floors against regressions, raised as the rules improve. */
    record Floors(double macroF1, double recall, double personalData) {
    }

    /** A labelled round of its own README ({@code README-roundN.md}): how many datasets it lists, and its floors. */
    record Round(String number, int datasets, Floors floors) {
    }

    /** The held-out rounds moved to development, from the fourth on, in the order they moved. */
    static final List<Round> MOVED_ROUNDS = List.of(new Round("4", 21, ROUND4), new Round("5", 25, ROUND5),
        new Round("6", 21, ROUND6), new Round("7", 18, ROUND7), new Round("8", 19, ROUND8), new Round("9", 22, ROUND9),
        new Round("10", 22, ROUND10), new Round("11", 20, ROUND11), new Round("12", 20, ROUND12), new Round("13", 20, ROUND13),
        new Round("14", 20, ROUND14), new Round("15", 20, ROUND15), new Round("16", 20, ROUND16));
    /** The rounds held out now, never tuned on. */
    static final List<Round> HELD_OUT_ROUNDS = List.of(
        new Round("17", 20, ROUND17), new Round("18", 20, ROUND18),
        new Round("19", 20, ROUND19), new Round("20", 20, ROUND20));

    private static CorpusEvaluation generated;
    private static CorpusEvaluation moved;
    private static CorpusEvaluation development;
    /** The second held-out round on its own (the datasets its README lists), scored once before it moved. */
    private static CorpusEvaluation movedRound2;
    /** Each held-out round from the fourth on, on its own, moved to development when its disagreements were first read. */
    private static final Map<Round, CorpusEvaluation> movedRounds = new LinkedHashMap<>();
    /** The moved datasets of rounds 1 and 2: with the generated part, what the issue's thresholds hold. */
    private static CorpusEvaluation movedEarlier;

    @BeforeAll
    static void classifyDevelopmentCorpus() throws IOException {
        generated = CorpusEvaluation.of("Development corpus, generated", CorpusGenerator.DEFAULT_DIR, Fixtures.classifier());
        moved = CorpusEvaluation.of("Development corpus, moved from held-out", MOVED, Fixtures.classifier());
        development = CorpusEvaluation.union("Development corpus", List.of(generated, moved));
        movedRound2 = moved.only("Development corpus, moved from held-out round 2", datasetsOf(MOVED.resolve("README-round2.md")));
        Set<String> earlier = new LinkedHashSet<>();
        moved.outcomes().forEach(o -> earlier.add(o.dataset()));
        for (Round round : MOVED_ROUNDS) {
            Set<String> datasets = datasetsOf(MOVED.resolve("README-round" + round.number() + ".md"));
            movedRounds.put(round, moved.only("Development corpus, moved from held-out round " + round.number(), datasets));
            earlier.removeAll(datasets);
        }
        movedEarlier = moved.only("Development corpus, moved from held-out rounds 1 and 2", earlier);
    }

    @Test
    void developmentCorpusCoversTheFamiliesWithEnoughDatasetsAndColumns() {
        assertThat(generated.datasetCount()).isGreaterThanOrEqualTo(25);
        assertThat(moved.datasetCount()).isGreaterThanOrEqualTo(21);
        assertThat(movedRound2.datasetCount()).isEqualTo(26);
        movedRounds.forEach((round, part) ->
            assertThat(part.datasetCount()).as("datasets of round " + round.number()).isEqualTo(round.datasets()));
        assertThat(development.outcomes()).hasSizeGreaterThanOrEqualTo(800);
        assertThat(development.datasets()).extracting(CorpusEvaluation.DatasetOutcome::expectedSubject)
            .contains(DataSubject.PERSON, DataSubject.ORGANISATION, DataSubject.PLACE, DataSubject.MIXED);
    }

    @Test
    void committedCorpusIsTheGeneratorsOutput(@TempDir Path dir) throws IOException {
        CorpusGenerator.write(dir);
        try (Stream<Path> generated = Files.list(dir)) {
            for (Path file : generated.toList()) {
                Path committed = CorpusGenerator.DEFAULT_DIR.resolve(file.getFileName());
                assertThat(committed).as("regenerate the corpus with CorpusGenerator").exists();
                assertThat(Files.mismatch(file, committed)).as("%s differs from CorpusGenerator's output", committed).isEqualTo(-1L);
            }
        }
    }

    @Test
    void classifiesTheDevelopmentCorpusAboveThresholds() throws IOException {
        System.out.println(generated.report());
        System.out.println(moved.report());
        System.out.println(movedEarlier.summary());
        System.out.println(movedRound2.summary());
        for (Map.Entry<Round, CorpusEvaluation> round : movedRounds.entrySet()) {
            System.out.println(round.getValue().report());
            printSecondLabelling(MOVED, round.getKey().number());
        }
        System.out.println(generated.only("Development corpus, generated, fifth round", fifthRound()).report());
        System.out.println(generated.only("Development corpus, generated, sixth round", sixthRound()).report());
        System.out.println(development.summary());
        CorpusEvaluation thresholded = CorpusEvaluation.union("Development corpus but held-out rounds 4 to 16",
            List.of(generated, movedEarlier));
        System.out.println(thresholded.summary());
        assertAtLeast(thresholded, new Floors(DEVELOPMENT_FLOOR_MACRO_F1, MIN_DEVELOPMENT_RECALL, 1.0),
            generated.report() + movedEarlier.report());
        assertAtLeast(movedEarlier, new Floors(MOVED_FLOOR_MACRO_F1, MOVED_FLOOR_RECALL, 1.0), movedEarlier.report());
        movedRounds.forEach((round, part) -> assertAtLeast(part, round.floors(), part.report()));
    }

    /** Prints how a second hand's labels of one round score against the first's, when that round has them. */
    private static void printSecondLabelling(Path corpus, String round) throws IOException {
        Path secondLabelling = corpus.resolve("second-labelling-round" + round);
        if (Files.isDirectory(secondLabelling)) {
            System.out.println(CorpusEvaluation.betweenLabellings("Round " + round
                + ", a second hand's labels scored against the first's", corpus, secondLabelling).summary());
        }
    }

    private static void assertAtLeast(CorpusEvaluation part, Floors floors, String report) {
        assertThat(part.macroF1()).as("macro-F1 on attributeType" + report).isGreaterThanOrEqualTo(floors.macroF1());
        assertThat(part.protectedRecall()).as("recall on IDENTIFYING ∪ SENSITIVE" + report)
            .isGreaterThanOrEqualTo(floors.recall());
        assertThat(part.personalDataAgreement()).as("personalData agreement" + report)
            .isGreaterThanOrEqualTo(floors.personalData());
    }

    @Test
    void heldOutCorpusStaysAboveItsFloorsAndSaysWhereItStandsAgainstTheIssue() throws IOException {
        assumeTrue(Files.isDirectory(HELD_OUT) && hasLabels(HELD_OUT),
            "held-out corpus absent (" + HELD_OUT + "): held-out evaluation skipped");
        CorpusEvaluation heldOut = CorpusEvaluation.of("Held-out corpus", HELD_OUT, Fixtures.classifier());
        Set<String> unlisted = new LinkedHashSet<>();
        heldOut.outcomes().forEach(o -> unlisted.add(o.dataset()));
        Map<Round, CorpusEvaluation> rounds = new LinkedHashMap<>();
        for (Round round : HELD_OUT_ROUNDS) {
            Set<String> datasets = datasetsOf(HELD_OUT.resolve("README-round" + round.number() + ".md"));
            assertThat(datasets).as("datasets of round " + round.number()).hasSize(round.datasets());
            unlisted.removeAll(datasets);
            rounds.put(round, heldOut.only("Held-out corpus, round " + round.number(), datasets));
        }
        boolean details = Boolean.getBoolean("vigie.heldout.details");
        for (CorpusEvaluation part : rounds.values()) {
            System.out.println(details ? part.report() : part.summary());
        }
        System.out.println(details ? heldOut.report() : heldOut.summary());
        for (Round round : HELD_OUT_ROUNDS) {
            printSecondLabelling(HELD_OUT, round.number());
        }
        System.out.println(meetsTheIssuesThresholds(heldOut)
            ? "The held-out part meets issue 11's thresholds."
            : "The held-out part is under issue 11's thresholds (macro-F1 " + MIN_MACRO_F1 + ", recall " + MIN_HELD_OUT_RECALL
                + ", personalData agreement 1.0).");
        assertThat(unlisted).as("held-out datasets no round's README lists").isEmpty();
        rounds.forEach((round, part) -> assertHeldOutFloors(part, round.floors()));
    }

    /** Prints only the summary on failure, so that a failing floor is not a reading of the disagreements. */
    private static void assertHeldOutFloors(CorpusEvaluation part, Floors floors) {
        assertAtLeast(part, floors, part.summary());
    }

    private static boolean meetsTheIssuesThresholds(CorpusEvaluation part) {
        return part.macroF1() >= MIN_MACRO_F1 && part.protectedRecall() >= MIN_HELD_OUT_RECALL
            && part.personalDataAgreement() == 1.0;
    }

    /**
     * The held-out path on a throw-away folder written the way another author might: ';' and
     * Windows-1252 for the data, ';' for the labels, upper-case booleans; the evaluation reads it
     * through Vigie's ingest and finds what it finds on the same datasets in the corpus's own dialect.
     */
    @Test
    void evaluatesAHeldOutFolderWrittenInAnotherDialect(@TempDir Path dir) throws IOException {
        Charset windows = Charset.forName("windows-1252");
        for (String dataset : List.of("etat_civil_actes", "associations_subventions")) {
            Path source = CorpusGenerator.DEFAULT_DIR.resolve(dataset + ".csv");
            Files.writeString(dir.resolve(dataset + ".csv"), toSemicolons(Files.readString(source, StandardCharsets.UTF_8)), windows);
            Path labels = CorpusGenerator.DEFAULT_DIR.resolve(dataset + CorpusEvaluation.LABELS_SUFFIX);
            Files.writeString(dir.resolve(dataset + CorpusEvaluation.LABELS_SUFFIX),
                toSemicolons(Files.readString(labels, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve(CorpusEvaluation.DATASETS_FILE), """
            dataset,dataSubject,personalData,note
            etat_civil_actes,PERSON,TRUE,civil registry
            associations_subventions,ORGANISATION,TRUE,"subsidies, with the president's contact"
            """);

        CorpusEvaluation heldOut = CorpusEvaluation.of("Throw-away held-out corpus", dir, Fixtures.classifier());

        assertThat(heldOut.datasetCount()).isEqualTo(2);
        assertThat(heldOut.outcomes()).hasSize(15 + 15);
        assertThat(heldOut.datasets()).hasSize(2);
        assertThat(heldOut.subjectAgreement()).isEqualTo(1.0);
        assertThat(heldOut.outcomes()).containsExactlyInAnyOrderElementsOf(generated.outcomes().stream()
            .filter(o -> List.of("etat_civil_actes", "associations_subventions").contains(o.dataset())).toList());
    }

    @Test
    void aSecondLabellingIsScoredAgainstTheFirstColumnForColumn(@TempDir Path dir) throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        String header = "column,attributeType,infoType,domain,protectedAttribute\n";
        Files.writeString(first.resolve("x" + CorpusEvaluation.LABELS_SUFFIX),
            header + "nom,IDENTIFYING,PERSON_NAME,,\nmotif,SENSITIVE,,HEALTH,\nville,QUASI_IDENTIFYING,COMMUNE,,\n");
        Files.writeString(second.resolve("x" + CorpusEvaluation.LABELS_SUFFIX),
            header + "nom,IDENTIFYING,PERSON_NAME,,\nmotif,INSENSITIVE,,,\nville,QUASI_IDENTIFYING,COMMUNE,,\n");
        Files.writeString(first.resolve(CorpusEvaluation.DATASETS_FILE), "dataset,dataSubject,personalData,note\nx,PERSON,true,\n");
        Files.writeString(second.resolve(CorpusEvaluation.DATASETS_FILE), "dataset,dataSubject,personalData,note\nx,MIXED,true,\n");

        CorpusEvaluation agreement = CorpusEvaluation.betweenLabellings("two hands", first, second);

        assertThat(agreement.protectedRecall()).isEqualTo(0.5);
        assertThat(agreement.subjectAgreement()).isZero();
        assertThat(agreement.personalDataAgreement()).isEqualTo(1.0);
        Files.writeString(second.resolve("x" + CorpusEvaluation.LABELS_SUFFIX), header + "prenom,IDENTIFYING,PERSON_NAME,,\n");
        assertThatThrownBy(() -> CorpusEvaluation.betweenLabellings("two hands", first, second))
            .hasMessageContaining("x.labels.csv").hasMessageContaining("'prenom'");
    }

    @Test
    void aLabelNamingNoColumnOfItsDatasetIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.csv"), "nom,ville\nMartin,Lattes\n");
        Files.writeString(dir.resolve("x" + CorpusEvaluation.LABELS_SUFFIX),
            "column,attributeType,infoType,domain,protectedAttribute\nprenom,IDENTIFYING,PERSON_NAME,,\n");
        assertThatThrownBy(() -> CorpusEvaluation.of("broken", dir, Fixtures.classifier()))
            .hasMessageContaining("x.labels.csv").hasMessageContaining("'prenom'");
    }

    private static boolean hasLabels(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(CorpusEvaluation.LABELS_SUFFIX));
        }
    }

    /** The datasets of the generator's fifth round (English identifiers and vocabulary, area tables). */
    private static Set<String> fifthRound() {
        Set<String> names = new LinkedHashSet<>();
        CorpusGenerator.fifthRound().forEach(d -> names.add(d.name()));
        return names;
    }

    /** The datasets of the generator's sixth round (other languages, free text about persons and places). */
    private static Set<String> sixthRound() {
        Set<String> names = new LinkedHashSet<>();
        CorpusGenerator.sixthRound().forEach(d -> names.add(d.name()));
        return names;
    }

    /** The datasets a held-out round's README lists in its table ("| `name` | ..."). */
    private static Set<String> datasetsOf(Path readme) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `([A-Za-z0-9_]+)` \\|").matcher(Files.readString(readme));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Commas to semicolons outside quotes (the corpus files quote every field holding a comma). */
    private static String toSemicolons(String csv) {
        StringBuilder out = new StringBuilder(csv.length());
        boolean quoted = false;
        for (char c : csv.toCharArray()) {
            quoted = c == '"' ? !quoted : quoted;
            out.append(c == ',' && !quoted ? ';' : c);
        }
        return out.toString();
    }
}
