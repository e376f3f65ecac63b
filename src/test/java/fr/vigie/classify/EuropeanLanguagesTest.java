package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Partner cities send exports in their own languages: the person's school and class, employer, department, job,
 * education, district, kinship, household, religion, union, origin, disability, sick leave, income, benefit,
 * civil status and mother tongue are read from names in any official EU language (plus Norwegian and Icelandic),
 * from one multilingual list per concept, on files of our own ({@code src/test/resources/classify/languages/}),
 * one per language family; an organisation's own departments stay an organisation's.
 */
class EuropeanLanguagesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("languages");

    @ParameterizedTest(name = "{0}, {1}: {2} {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // file | column | attributeType | domain (- : none) | infoType (empty: any)
        "socijalna_skrb_split_hr.csv | Bračni status | QUASI_IDENTIFYING | - | FAMILY_SITUATION",
        "socijalna_skrb_split_hr.csv | Stručna sprema | QUASI_IDENTIFYING | - | EDUCATION_LEVEL",
        "socijalna_skrb_split_hr.csv | Zanimanje | QUASI_IDENTIFYING | - | PROFESSION",
        "socijalna_skrb_split_hr.csv | Poslodavac | QUASI_IDENTIFYING | - | WORKPLACE",
        "socijalna_skrb_split_hr.csv | Gradska četvrt | QUASI_IDENTIFYING | - | NEIGHBOURHOOD",
        "socijalna_skrb_split_hr.csv | Vjeroispovijest | SENSITIVE | SPECIAL_CATEGORY | RELIGION",
        "socijalna_skrb_split_hr.csv | Sindikat | SENSITIVE | SPECIAL_CATEGORY | UNION_MEMBERSHIP",
        "socijalna_skrb_split_hr.csv | Invaliditet | SENSITIVE | HEALTH | DISABILITY",
        "socijalna_skrb_split_hr.csv | Dohodak (EUR) | SENSITIVE | FINANCIAL | ''",
        "socijalna_skrb_split_hr.csv | Materinski jezik | QUASI_IDENTIFYING | - | LANGUAGE",
        "socijalna_skrb_split_hr.csv | Broj članova kućanstva | QUASI_IDENTIFYING | - | HOUSEHOLD_SIZE",
        "personal_bergen_kommune_no.csv | Avdeling | QUASI_IDENTIFYING | - | WORKPLACE",
        "personal_bergen_kommune_no.csv | Stilling | QUASI_IDENTIFYING | - | PROFESSION",
        "personal_bergen_kommune_no.csv | Fagforening | SENSITIVE | SPECIAL_CATEGORY | UNION_MEMBERSHIP",
        "personal_bergen_kommune_no.csv | Sykefravær (dager) | SENSITIVE | HEALTH | ''",
        "personal_bergen_kommune_no.csv | Sivilstand | QUASI_IDENTIFYING | - | FAMILY_SITUATION",
        "personal_bergen_kommune_no.csv | Morsmål | QUASI_IDENTIFYING | - | LANGUAGE",
        "personal_bergen_kommune_no.csv | Trossamfunn medlem | SENSITIVE | SPECIAL_CATEGORY | RELIGION",
        "acao_social_escolar_braga_pt.csv | Escola | QUASI_IDENTIFYING | - | SCHOOL",
        "acao_social_escolar_braga_pt.csv | Turma | QUASI_IDENTIFYING | - | SCHOOL",
        "acao_social_escolar_braga_pt.csv | Freguesia | QUASI_IDENTIFYING | - | ''",
        "acao_social_escolar_braga_pt.csv | Parentesco do encarregado | QUASI_IDENTIFYING | - | FAMILY_SITUATION",
        "acao_social_escolar_braga_pt.csv | Habilitações do encarregado | QUASI_IDENTIFYING | - | EDUCATION_LEVEL",
        "acao_social_escolar_braga_pt.csv | Necessidades/deficiência | SENSITIVE | HEALTH | DISABILITY",
        "acao_social_escolar_braga_pt.csv | Prestação social | SENSITIVE | FINANCIAL | SOCIAL_BENEFIT",
        "acao_social_escolar_braga_pt.csv | Religião | SENSITIVE | SPECIAL_CATEGORY | RELIGION",
        "henkilosto_tampere_fi.csv | Toimiala | QUASI_IDENTIFYING | - | WORKPLACE",
        "henkilosto_tampere_fi.csv | Tehtävänimike | QUASI_IDENTIFYING | - | PROFESSION",
        "henkilosto_tampere_fi.csv | Ammattiliitto | SENSITIVE | SPECIAL_CATEGORY | UNION_MEMBERSHIP",
        "henkilosto_tampere_fi.csv | Sairauspoissaolo (pv) | SENSITIVE | HEALTH | ''",
        "henkilosto_tampere_fi.csv | Palkka | SENSITIVE | FINANCIAL | ''",
        "henkilosto_tampere_fi.csv | Äidinkieli | QUASI_IDENTIFYING | - | LANGUAGE",
        "henkilosto_tampere_fi.csv | Siviilisääty | QUASI_IDENTIFYING | - | FAMILY_SITUATION",
    })
    void eachConceptIsReadInAPersonFileOfEachLanguageFamily(String file, String name, AttributeType type, Domain domain,
            String infoType) {
        ColumnClassification c = FILES.file(file).column(name);
        assertThat(c.attributeType()).as(name).isEqualTo(type);
        assertThat(c.domain()).as(name).isEqualTo(domain);
        assertThat(c.reviewNeeded()).as(name).isFalse();
        if (!infoType.isEmpty()) {
            assertThat(c.infoType()).as(name).isEqualTo(infoType);
        }
    }

    /** The same concepts in the languages no file above is written in (Greek and Bulgarian in their own letters). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "Οικογενειακή κατάσταση | FAMILY_SITUATION | άγαμος | έγγαμος | διαζευγμένος | χήρα",
        "Семейно положение | FAMILY_SITUATION | неженен | женен | разведен | вдовица",
        "Šeiminė padėtis | FAMILY_SITUATION | vedęs | netekėjusi | išsiskyręs | našlė",
        "Családi állapot | FAMILY_SITUATION | nőtlen | házas | elvált | özvegy",
        "Perekonnaseis | FAMILY_SITUATION | vallaline | abielus | lahutatud | lesk",
        "Stan cywilny | FAMILY_SITUATION | kawaler | żonaty | rozwiedziona | wdowa",
        "Stare civilă | FAMILY_SITUATION | necăsătorit | căsătorită | divorțat | văduvă",
        "Επάγγελμα | PROFESSION | λογιστής | νοσηλεύτρια | οδηγός | μάγειρας",
        "Foglalkozás | PROFESSION | ápoló | tanár | eladó | sofőr",
        "Zawód | PROFESSION | pielęgniarka | kierowca | nauczyciel | kucharz",
        "Profesija | PROFESSION | slaugytoja | vairuotojas | mokytojas | virėjas",
        "Poklic | PROFESSION | medicinska sestra | voznik | učitelj | kuhar",
        "Vzdělání | EDUCATION_LEVEL | základní | středoškolské s maturitou | vysokoškolské | vyučen",
        "Wykształcenie | EDUCATION_LEVEL | podstawowe | średnie | wyższe | zawodowe",
        "Izglītība | EDUCATION_LEVEL | pamatizglītība | vidējā | augstākā | profesionālā",
        "Uddannelse | EDUCATION_LEVEL | grundskole | gymnasial | erhvervsuddannelse | lang videregående",
        "Arbetsgivare | WORKPLACE | Volvo | Göteborgs Stad | Ericsson | SKF",
        "Pracodawca | WORKPLACE | Urząd Miasta | Orlen | Biedronka | PKP",
        "Munkáltató | WORKPLACE | MÁV | Budapest Főváros | OTP Bank | Richter",
        "Εργοδότης | WORKPLACE | ΔΕΗ | Δήμος Αθηναίων | ΟΤΕ | Κωτσόβολος",
        "Dzielnica | NEIGHBOURHOOD | Śródmieście | Wola | Mokotów | Praga-Południe",
        "Kerület | NEIGHBOURHOOD | I. kerület | VIII. kerület | XIII. kerület | XXI. kerület",
        "Cartier | NEIGHBOURHOOD | Mănăștur | Gheorgheni | Mărăști | Zorilor",
        "Kaupunginosa | NEIGHBOURHOOD | Kallio | Vuosaari | Kontula | Töölö",
        "Μητρική γλώσσα | LANGUAGE | ελληνικά | αλβανικά | αραβικά | ρωσικά",
        "Modersmål | LANGUAGE | svenska | arabiska | somaliska | finska",
        "Język ojczysty | LANGUAGE | polski | ukraiński | białoruski | śląski",
        "Móðurmál | LANGUAGE | íslenska | pólska | litháíska | enska",
    })
    void quasiIdentifiersNamedInOtherLanguages(String name, String infoType, String a, String b, String c, String d) {
        ColumnClassification column = Fixtures.column(name, a, b, c, d);
        assertThat(column.infoType()).as(name).isEqualTo(infoType);
        assertThat(column.attributeType()).as(name).isEqualTo(AttributeType.QUASI_IDENTIFYING);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "Θρήσκευμα | RELIGION | ορθόδοξο | καθολικό | μουσουλμανικό | κανένα",
        "Вероизповедание | RELIGION | православно | католическо | мюсюлманско | без",
        "Vallás | RELIGION | római katolikus | református | evangélikus | nincs",
        "Wyznanie | RELIGION | rzymskokatolickie | prawosławne | ewangelickie | brak",
        "Uskonto | RELIGION | evankelisluterilainen | ortodoksinen | ei uskontokuntaa | muu",
        "Odborová organizace | UNION_MEMBERSHIP | ČMKOS | OS Kovo | nečlen | ASO",
        "Związek zawodowy | UNION_MEMBERSHIP | NSZZ Solidarność | OPZZ | ZNP | brak",
        "Szakszervezet | UNION_MEMBERSHIP | MSZOSZ | PDSZ | nem tag | MKKSZ",
        "Arodbiedrība | UNION_MEMBERSHIP | LBAS | LIZDA | nav | LAKRS",
        "Fackförbund | UNION_MEMBERSHIP | Kommunal | Vision | Ej medlem | Vårdförbundet",
        "Etnická příslušnost | ETHNIC_ORIGIN | česká | romská | vietnamská | neuvedeno",
        "Pochodzenie etniczne | ETHNIC_ORIGIN | polskie | romskie | śląskie | łemkowskie",
        "Niepełnosprawność | DISABILITY | lekki | umiarkowany | znaczny | brak",
        "Funktionsnedsättning | DISABILITY | rörelsehinder | synnedsättning | ingen | hörselnedsättning",
        "Αναπηρία | DISABILITY | κινητική | όρασης | ακοής | καμία",
        "Zwolnienie lekarskie (dni) | HEALTH_DATA | 0 | 3 | 14 | 30",
        "Sygefravær | HEALTH_DATA | 0 | 2 | 5 | 11",
        "Concediu medical (zile) | HEALTH_DATA | 0 | 4 | 10 | 21",
        "Dochód miesięczny | INCOME | 1200,00 | 2450,50 | 980,00 | 3100,00",
        "Sissetulek | INCOME | 800 | 1250 | 640 | 2100",
        "Venit lunar | INCOME | 1650 | 1200 | 800 | 600",
        "Rodzaj świadczenia | SOCIAL_BENEFIT | zasiłek stały | zasiłek okresowy | 800 plus | brak",
        "Ydelse | SOCIAL_BENEFIT | kontanthjælp | dagpenge | sygedagpenge | uddannelseshjælp",
        "Επίδομα | SOCIAL_BENEFIT | ελάχιστο εγγυημένο εισόδημα | επίδομα παιδιού | στέγασης | κανένα",
        "Sociální dávka | SOCIAL_BENEFIT | příspěvek na živobytí | doplatek na bydlení | mimořádná okamžitá pomoc | žádná",
    })
    void specialCategoriesAndMoneyNamedInOtherLanguages(String name, String infoType, String a, String b, String c,
            String d) {
        ColumnClassification column = Fixtures.column(name, a, b, c, d);
        assertThat(column.infoType()).as(name).isEqualTo(infoType);
        assertThat(column.attributeType()).as(name).isEqualTo(AttributeType.SENSITIVE);
        assertThat(column.reviewNeeded()).as(name).isFalse();
    }

    /** A class is a class when its values are classes ("1b", "4 LO", "7.A"); "Klasse" of energy ratings is not. */
    @Test
    void aClassNamedInAnotherLanguageNeedsClassValues() {
        assertThat(Fixtures.column("Klasa", "1b", "4 LO", "6d", "2 LO", "7a", "3a", "1c", "8b").infoType()).isEqualTo("SCHOOL");
        assertThat(Fixtures.column("Třída", "1.A", "2.B", "5.C", "9.A", "7.B", "3.A").infoType()).isEqualTo("SCHOOL");
        assertThat(Fixtures.column("Klass", "Ekonomisk hållbarhet", "Natur och miljö", "Trafik", "Kultur").infoType())
            .isNotEqualTo("SCHOOL");
    }

    /** "Lön" and "løn" (a wage) are written "lon" as a longitude is: salaries make a wage, coordinates a longitude. */
    @Test
    void aNordicWageIsNoLongitude() {
        ColumnClassification wage = Fixtures.column("Lön (kr/mån)", "34000", "37500", "47500", "28000", "39800", "34800");
        assertThat(wage.infoType()).isEqualTo("INCOME");
        assertThat(wage.domain()).isEqualTo(Domain.FINANCIAL);
        assertThat(Fixtures.column("Løn", "31250,00", "28900,50", "42000,00", "35780,25").infoType()).isEqualTo("INCOME");
        assertThat(Fixtures.column("lon", "1.381245", "1.412877", "1.398812", "1.452231", "1.377760").infoType())
            .isEqualTo("GEO_COORDINATE");
    }

    /**
     * A Swedish municipality's list of its own departments: no column tells the rows are staff, so "Förvaltning" names
     * an organisation, not a person's workplace, and is not held for review.
     */
    @Test
    void anOrganisationsOwnDepartmentsInSwedishStayAnOrganisations() {
        ClassificationResult result = FILES.file("forvaltningar_uppsala_se.csv");
        ColumnClassification unit = result.column("Förvaltning");
        assertThat(unit.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(unit.infoType()).isEqualTo("ORGANISATION_NAME");
        assertThat(unit.reviewNeeded()).isFalse();
        assertThat(result.columns()).noneSatisfy(c -> assertThat(c.infoType()).isIn("WORKPLACE", "PROFESSION"));
    }
}
