package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides what the rows of a dataset describe, from what its columns were found to be, and what
 * follows for its columns. Fails closed: a dataset is read as persons unless columns say the rows are
 * organisations or places and no column describes a person.
 *
 * <ul>
 *   <li>a column that describes a person (birth date, sex, NIR, a person's name...) makes the rows
 *       persons, unless its name says it is a contact's ("nom_president", "tel_responsable");</li>
 *   <li>otherwise, columns decided by rules marked {@code subject: ORGANISATION} (SIRET, RNA, legal
 *       form, company name) or {@code subject: PLACE} (facility names, opening hours, capacity) make
 *       them organisations or places, the larger number winning, organisations on a tie;</li>
 *   <li>organisations whose legal forms or names show sole traders are persons (all of them) or mixed
 *       (some of them): a sole trader's SIRET is personal data;</li>
 *   <li>for organisations and places, the columns of the info types their rules list (identifiers of
 *       legal persons, seat addresses, public subsidy amounts; a facility's address and switchboard)
 *       are not personal data, except in a contact's columns, in a column of mailboxes or mobiles that are largely
 *       persons' own (a webmail mailbox, a name in the mailbox), and in a note holding a phone or a mailbox beside a
 *       column naming a person.</li>
 * </ul>
 */
final class DataSubjects {
    /** Distinct share from which an organisation-name column holds the rows' own names, not a few repeated ones. */
    private static final double ROWS_OWN_NAMES = 0.3;
    /** Share of persons' names from which a contact's column read as an organisation's name names the contacts. */
    private static final double CONTACTS_NAMED = 0.5;
    /** Distinct share from which a thing's column in a file about persons keys each person's thing. */
    private static final double KEY_OF_A_PERSONS_THING = 0.9;

    private final Rules rules;

    DataSubjects(Rules rules) {
        this.rules = rules;
    }

    /**
     * The dataSubject section of the rules.
     *
     * @param contactWords      name words of a column about a contact person, not about the row
     * @param personInfoTypes   info types that describe the person a row is about
     * @param soleTraderForms   indexes of value rules whose matches in an organisation column are sole
     *                          traders' legal forms ("Entreprise individuelle", "EI", "Micro-entrepreneur")
     * @param soleTraderNames   indexes of the value rules whose matches in an organisation's name are a
     *                          person's name (a sole trader trading under their own name, a private person
     *                          among the third parties of a ledger)
     * @param soleTraderPerson  share of sole traders from which the rows are persons
     * @param soleTraderMixed   share of sole traders from which the rows are mixed
     * @param organisationNotPersonal info types that are not personal data when rows are organisations
     * @param placeNotPersonal  info types that are not personal data when rows are places
     * @param personalValues    per info type, the value rule whose matches (half of the values) show a
     *                          person's own data among an organisation's (a mobile phone, a mailbox with a
     *                          person's name): such a column stays personal
     * @param areaTables        how a table whose rows are areas (counts and rates per commune) is recognised
     * @param specialCategories which special categories of an organisation or place file a person named beside them
     *                          puts in doubt
     * @param credentials       the access credentials (a badge, a key fob, a login) of an organisation or place file
     *                          that a person named beside them makes that person's
     * @param personalBesideAPerson the share of a person's own values ({@code personalValues}) that makes a contact
     *                          column personal when another column names a person (the manager, the owner): a DPO reads
     *                          an organisation's contacts as its own only when they are generic
     * @param employers         an organisation column named as the rows' employer, which makes the rows persons
     * @param personKeys        a record key named for the person a file is about, which makes the rows persons
     * @param holders           who holds or founded an organisation's project, named as such ("porteur", "fondateur"):
     *                          that person's columns are the organisation's contact when a column shows legal forms
     * @param siteAddresses     an address or a commune named as a worksite's, an event's or a facility's ("Adresse du
     *                          chantier", "lieu de l'événement"): in a file of organisations (sole traders among them),
     *                          the place of the works, not a person's home
     * @param equipment         how an inventory of play, sports or street equipment is recognised, its age range the
     *                          equipment's
     */
    record Rules(Set<String> contactWords, Set<String> personInfoTypes, List<Integer> soleTraderForms,
            List<Integer> soleTraderNames, double soleTraderPerson, double soleTraderMixed,
            Set<String> organisationNotPersonal, Set<String> placeNotPersonal, Map<String, Integer> personalValues,
            AreaTables.Rules areaTables, SpecialCategoriesBesideAPerson.Rules specialCategories,
            NamedColumns credentials, double personalBesideAPerson, Employers employers, NamedColumns personKeys,
            Holders holders, NamedColumns siteAddresses, Equipment equipment, ContactNames contactNames,
            RowsOwnPlaces rowsOwnPlaces, PersonsPlaces personsPlaces) {

        /** No section: every dataset is read as persons. */
        static Rules none() {
            return new Rules(Set.of(), Set.of(), List.of(), List.of(), 1, 1, Set.of(), Set.of(), Map.of(),
                AreaTables.Rules.none(), SpecialCategoriesBesideAPerson.Rules.none(), NamedColumns.none(), 0.5,
                Employers.none(), NamedColumns.none(), Holders.none(), NamedColumns.none(), Equipment.none(),
                ContactNames.none(), RowsOwnPlaces.none(), PersonsPlaces.none());
        }

        static Rules read(ConfigNode node, Map<String, Category> categories, List<ValueRule> valueRules,
                Map<String, Dictionary> dictionaries) {
            if (node.isMissing()) {
                return none();
            }
            Set<String> infoTypes = categories.keySet();
            node.allowOnly("contactWords", "personInfoTypes", "soleTraders", "organisation", "place", "personalValues",
                "areaTables", "specialCategories", "credentials", "personalValuesBesideAPerson", "employers",
                "personKeys", "holders", "siteAddresses", "equipment", "contactNames", "personsPlaces");
            Set<String> contactWords = new LinkedHashSet<>();
            for (String word : node.strings("contactWords")) {
                contactWords.addAll(Text.canonicalWords(Text.normalize(word)));
            }
            ConfigNode soleTraders = node.require("soleTraders")
                .allowOnly("legalFormRules", "nameRules", "personShare", "mixedShare");
            Map<String, Integer> personal = new LinkedHashMap<>();
            Map<String, ConfigNode> personalValues = node.has("personalValues") ? node.get("personalValues").entries() : Map.of();
            for (Map.Entry<String, ConfigNode> e : personalValues.entrySet()) {
                if (!infoTypes.contains(e.getKey())) {
                    throw e.getValue().error("unknown info type '" + e.getKey() + "' (declare it under infoTypes)");
                }
                personal.put(e.getKey(), valueRule(e.getValue(), valueRules));
            }
            return new Rules(Set.copyOf(contactWords), infoTypes(node, "personInfoTypes", infoTypes),
                valueRules(soleTraders.require("legalFormRules"), valueRules),
                soleTraders.has("nameRules") ? valueRules(soleTraders.get("nameRules"), valueRules) : List.of(),
                soleTraders.number("personShare", 0.9, 0, 1),
                soleTraders.number("mixedShare", 0.05, 0, 1),
                infoTypes(node.require("organisation").allowOnly("notPersonal"), "notPersonal", infoTypes),
                infoTypes(node.require("place").allowOnly("notPersonal", "rowsOwn"), "notPersonal", infoTypes),
                Map.copyOf(personal),
                AreaTables.Rules.read(node.get("areaTables"), infoTypes, valueRules, dictionaries),
                SpecialCategoriesBesideAPerson.Rules.read(node.get("specialCategories"), categories),
                NamedColumns.read(node.get("credentials"), infoTypes),
                node.number("personalValuesBesideAPerson", 0.5, 0.05, 0.5), Employers.read(node.get("employers")),
                NamedColumns.read(node.get("personKeys"), infoTypes), Holders.read(node.get("holders"), infoTypes),
                NamedColumns.read(node.get("siteAddresses"), infoTypes),
                Equipment.read(node.get("equipment"), infoTypes, dictionaries),
                ContactNames.read(node.get("contactNames"), valueRules),
                RowsOwnPlaces.read(node.require("place").get("rowsOwn"), infoTypes),
                PersonsPlaces.read(node.get("personsPlaces"), valueRules));
        }

        /** Every value rule the sole-trader decision reads. */
        List<Integer> soleTraderRules() {
            List<Integer> all = new ArrayList<>(soleTraderForms);
            all.addAll(soleTraderNames);
            return all;
        }

        /** The value rule telling a person's own data in a column of this info type (none: empty). */
        List<Integer> contactRules(String infoType) {
            Integer rule = infoType == null ? null : personalValues.get(infoType);
            return rule == null ? List.of() : List.of(rule);
        }

        /** The indexes of the value rules a list of ids names, in its order; an unknown id is an error naming it. */
        static List<Integer> valueRules(ConfigNode ids, List<ValueRule> valueRules) {
            List<Integer> out = new ArrayList<>();
            for (ConfigNode id : ids.items()) {
                out.add(valueRule(id, valueRules));
            }
            return List.copyOf(out);
        }

        /** The info types listed under {@code key}, each declared under infoTypes (an unknown one is an error). */
        static Set<String> infoTypes(ConfigNode node, String key, Set<String> known) {
            Set<String> out = new LinkedHashSet<>();
            for (ConfigNode item : node.require(key).items()) {
                if (!known.contains(item.asString())) {
                    throw item.error("unknown info type '" + item.asString() + "' (declare it under infoTypes)");
                }
                out.add(item.asString());
            }
            return Set.copyOf(out);
        }

        static int valueRule(ConfigNode id, List<ValueRule> valueRules) {
            for (int i = 0; i < valueRules.size(); i++) {
                if (valueRules.get(i).id().equals(id.asString())) {
                    return i;
                }
            }
            throw id.error("unknown value rule '" + id.asString() + "'");
        }
    }

    /**
     * One classified column with what was measured on it, what its deciding rule says of the rows, and
     * what its name alone said (null when no name rule matched).
     */
    record Column(ColumnClassification classification, ColumnEvidence evidence, DataSubject hint, Category named,
            Category rejectedName) {
        Column(ColumnClassification classification, ColumnEvidence evidence, DataSubject hint, Category named) {
            this(classification, evidence, hint, named, null);
        }
    }

    /** The decision and the reasons for it, in plain words (column names and rule ids, never values). */
    record Decision(DataSubject subject, List<String> evidence, double soleTraderShare, boolean areas, boolean streets,
            List<String> equipmentAges) {
        Decision(DataSubject subject, List<String> evidence, double soleTraderShare) {
            this(subject, evidence, soleTraderShare, false, false, List.of());
        }

        Decision(DataSubject subject, List<String> evidence, double soleTraderShare, boolean areas, boolean streets) {
            this(subject, evidence, soleTraderShare, areas, streets, List.of());
        }
    }

    /**
     * What the rows describe.
     *
     * @param columns the classified columns, in header order
     * @param rows    a sample of the rows, cells in header order, null when blank (may be empty: the columns decide)
     */
    Decision decide(List<Column> columns, List<List<String>> rows) {
        List<String> person = new ArrayList<>();
        List<String> organisation = new ArrayList<>();
        List<String> place = new ArrayList<>();
        List<String> mixed = new ArrayList<>();
        List<Column> persons = new ArrayList<>();
        // A project's holder or founder is the organisation's contact only beside the organisations' legal forms.
        boolean holdersAreContacts = rules.holders().shownBeside(columns);
        for (Column c : columns) {
            ColumnClassification cc = c.classification();
            boolean contact = isContact(cc.name()) || holdersAreContacts && rules.holders().named(cc.name());
            if (c.hint() == DataSubject.MIXED) {
                mixed.add(cc.name() + ": persons and organisations (rule " + cc.evidence().rule() + ")");
            } else if (cc.infoType() != null && rules.personInfoTypes().contains(cc.infoType()) && !contact) {
                person.add(cc.name() + ": " + cc.infoType() + " describes a person");
                persons.add(c);
            } else if (rules.personKeys().is(cc) && !contact) {
                person.add(cc.name() + ": the key of a person's file (" + cc.infoType() + " named for a person)");
                persons.add(c);
            } else if (c.hint() == DataSubject.ORGANISATION) {
                organisation.add(cc.name() + ": " + label(cc) + " (rule " + cc.evidence().rule() + ")");
            } else if (c.hint() == DataSubject.PLACE) {
                place.add(cc.name() + ": " + label(cc) + " (rule " + cc.evidence().rule() + ")");
            }
        }
        if (!mixed.isEmpty()) {
            return new Decision(DataSubject.MIXED, mixed, soleTraderShare(columns));
        }
        AreaTables.Reading areas = new AreaTables(rules.areaTables()).read(columns, rows, this::isContact,
            this::describesPerson);
        if (!areas.areas().isEmpty()) {
            return new Decision(DataSubject.PLACE, areas.areas(), 0, true, areas.streets());
        }
        person.addAll(areas.persons());
        // An inventory of equipment gives each piece the age of its intended users: no person's age. Read only where the
        // rows would otherwise be persons, by an age alone or by default.
        if (areas.persons().isEmpty() && (!person.isEmpty() || organisation.isEmpty() && place.isEmpty())) {
            Decision inventory = inventoryOfEquipment(columns, persons);
            if (inventory != null) {
                return inventory;
            }
        }
        if (!person.isEmpty()) {
            double soleTraders = soleTraderShare(columns);
            if (soleTraders >= rules.soleTraderMixed() && soleTraders < rules.soleTraderPerson()) {
                List<String> evidence = new ArrayList<>(person);
                evidence.add(percent(soleTraders) + " of the organisations are sole traders: persons and organisations");
                return new Decision(DataSubject.MIXED, evidence, soleTraders);
            }
            return new Decision(DataSubject.PERSON, person, soleTraders);
        }
        if (organisation.isEmpty() && place.isEmpty()) {
            return new Decision(DataSubject.PERSON,
                List.of("no column says the rows are organisations or places: read as persons"), 0);
        }
        Decision employed = employedPersons(columns);
        if (employed != null) {
            return employed;
        }
        if (organisation.size() < place.size()) {
            List<String> evidence = new ArrayList<>(place);
            evidence.add("no column describes a person");
            return new Decision(DataSubject.PLACE, evidence, 0);
        }
        double soleTraders = soleTraderShare(columns);
        List<String> evidence = new ArrayList<>(organisation);
        if (soleTraders >= rules.soleTraderPerson()) {
            evidence.add(percent(soleTraders) + " of the organisations are sole traders: their data is personal");
            return new Decision(DataSubject.PERSON, evidence, soleTraders);
        }
        if (soleTraders >= rules.soleTraderMixed()) {
            evidence.add(percent(soleTraders) + " of the organisations are sole traders: read as personal data");
            return new Decision(DataSubject.MIXED, evidence, soleTraders);
        }
        evidence.add("no column describes a person");
        return new Decision(DataSubject.ORGANISATION, evidence, soleTraders);
    }

    /** The rows as an inventory of equipment, its age columns the equipment's intended users', or null. */
    private Decision inventoryOfEquipment(List<Column> columns, List<Column> persons) {
        List<String> equipmentAges = rules.equipment().ages(columns, persons);
        if (equipmentAges == null) {
            return null;
        }
        List<String> evidence = new ArrayList<>();
        evidence.add("columns name play, sports or street equipment, its inspection, surfacing, maker or"
            + " installation, and the rows are located: an inventory of equipment");
        for (String age : equipmentAges) {
            evidence.add(age + ": the age range the equipment is intended for, no person's age");
        }
        return new Decision(DataSubject.PLACE, evidence, 0, false, false, equipmentAges);
    }

    /** The rows as persons employed, when a column names their employer, the same on many rows; else null. */
    private Decision employedPersons(List<Column> columns) {
        // An organisation named as the rows' employer, the same on many rows: the rows are whom it employs.
        for (Column c : columns) {
            if (rules.employers().of(c)) {
                return new Decision(DataSubject.PERSON, List.of(c.classification().name() + ": names the rows' employer,"
                    + " the same one on many rows: the rows are persons it employs or their cases"), 0);
            }
        }
        return null;
    }

    /** Whether the column's values are a person's own (a personal mailbox, a mobile phone: {@code personalValues}). */
    private boolean ownData(Column column) {
        return ownData(column, 0.5);
    }

    /** Whether at least {@code share} of the column's values are a person's own ({@code personalValues}). */
    private boolean ownData(Column column, double share) {
        String infoType = column.classification().infoType();
        Integer personalRule = infoType == null ? null : rules.personalValues().get(infoType);
        return personalRule != null && column.evidence().matchShare(personalRule) >= share;
    }

    /**
     * The columns as the decision makes them: for organisations and places, the listed info types are
     * not personal data (except in a contact's columns); when sole traders are found, the organisation
     * names that are people's names are.
     */
    List<ColumnClassification> apply(Decision decision, List<Column> columns, List<ValueRule> valueRules) {
        Set<String> notPersonal = switch (decision.subject()) {
            case ORGANISATION -> rules.organisationNotPersonal();
            case PLACE -> rules.placeNotPersonal();
            case PERSON, MIXED -> Set.of();
        };
        if (decision.areas()) {
            return areaColumns(columns, decision.streets(), decision.streets()
                ? "rows are the streets of a register (a street's address, its namesake): not personal data"
                : "rows are areas (counts and rates, no person per row): not personal data");
        }
        SpecialCategoriesBesideAPerson doubt = new SpecialCategoriesBesideAPerson(rules.specialCategories());
        String person = notPersonal.isEmpty() ? null
            : doubt.personColumn(columns.stream().map(Column::classification).toList());
        String namedPerson = person;
        // A contact given only by a personal mailbox or a mobile phone is a person all the same.
        if (person == null && !notPersonal.isEmpty()) {
            person = columns.stream().filter(this::ownData).map(c -> c.classification().name()).findFirst().orElse(null);
        }
        List<ColumnClassification> out = new ArrayList<>(columns.size());
        // The rows are organisations, some perhaps sole traders, but no private person among them (no column of kinds
        // mixing both): a worksite's or an event's address is the place of the works, not anyone's home.
        boolean organisationsOnly = decision.subject() == DataSubject.ORGANISATION
            || decision.subject() == DataSubject.MIXED && decision.soleTraderShare() > 0
                && columns.stream().noneMatch(col -> col.hint() == DataSubject.MIXED);
        // Sole traders among the organisations, and no organisation name that is a person's: the rows' own names (one
        // per row, not a bank or an inspector named again and again) are trade names, a sole trader's naming that
        // person (an "Atelier du Rayon" run by a micro-entrepreneur). Which of them are is not known: none is released.
        boolean tradeNamesOfSoleTraders = decision.subject() == DataSubject.MIXED
            && decision.soleTraderShare() >= rules.soleTraderMixed() && !rules.soleTraderNames().isEmpty()
            && columns.stream().noneMatch(col -> col.hint() == DataSubject.ORGANISATION
                && !isContact(col.classification().name()) && personNameShare(col) >= rules.soleTraderMixed());
        Pass pass = new Pass(decision, columns, valueRules, notPersonal, doubt, person, namedPerson, organisationsOnly,
            tradeNamesOfSoleTraders);
        for (Column column : columns) {
            ColumnClassification settled = settledFirst(pass, column);
            out.add(settled != null ? settled : byTheRowsKind(pass, column));
        }
        return out;
    }

    /**
     * What {@link #apply} reads of the whole file while it goes over the columns: the decision, the info types the
     * rows' kind makes no personal data, the column naming a person (by a person's info type, or by a person's own
     * mailbox or mobile) and the column naming a person by its info type alone.
     */
    private record Pass(Decision decision, List<Column> columns, List<ValueRule> valueRules, Set<String> notPersonal,
            SpecialCategoriesBesideAPerson doubt, String person, String namedPerson, boolean organisationsOnly,
            boolean tradeNamesOfSoleTraders) {
    }

    /**
     * The column as one of the passes that settle it alone makes it, or null when none applies. The first that applies
     * wins: an equipment's age range, a contact's staff named, a person's place named by its own name, a contact's
     * persons' names read as an organisation's, a sole trader's trade name, the key of a person's thing, a worksite's
     * address.
     */
    private ColumnClassification settledFirst(Pass pass, Column column) {
        ColumnClassification settled = equipmentAge(pass.decision(), column);
        if (settled == null) {
            settled = contactStaffNamed(pass.decision(), column, pass.valueRules());
        }
        if (settled == null) {
            settled = personsPlace(pass.decision(), column);
        }
        if (settled == null) {
            settled = contactNamedAsAnOrganisation(column, pass.valueRules());
        }
        if (settled == null && pass.tradeNamesOfSoleTraders()) {
            settled = soleTradersTradeName(pass.decision(), column, pass.valueRules());
        }
        if (settled == null) {
            settled = keyOfAPersonsThing(pass.decision(), column);
        }
        if (settled == null && pass.organisationsOnly()) {
            settled = siteAddress(column);
        }
        return settled;
    }

    private static ColumnClassification equipmentAge(Decision decision, Column column) {
        ColumnClassification c = column.classification();
        if (decision.equipmentAges().contains(c.name())) {
            return c.withType(AttributeType.INSENSITIVE, null, null, null, "rows are equipment: the age range the"
                + " equipment is intended for, no person's age");
        }
        return null;
    }

    private ColumnClassification contactStaffNamed(Decision decision, Column column, List<ValueRule> valueRules) {
        ColumnClassification c = column.classification();
        // A coordinator or a referent named on every row (two persons over sixty contracts) is no category of the
        // organisations: names repeat because the same staff handle every record.
        if ((decision.subject() == DataSubject.ORGANISATION || decision.subject() == DataSubject.PLACE)
                && isContact(c.name()) && unexplained(c) && contactPersonsNamed(column, valueRules)) {
            Category name = valueRules.get(rules.contactNames().rule()).category();
            return c.withType(name.attributeType(), name.infoType(), name.domain(), name.protectedAttribute(),
                "a contact's column whose values are written as persons' names, a known first name among them,"
                + " however often repeated: the staff or contact named (personal data)");
        }
        return null;
    }

    private ColumnClassification personsPlace(Decision decision, Column column) {
        ColumnClassification c = column.classification();
        Category placeNamed = column.rejectedName();
        if (decision.subject() == DataSubject.PERSON && c.attributeType() == AttributeType.INSENSITIVE
                && c.pinnedBy() == null && c.evidence() != null && c.evidence().valueRule() != null
                && rules.personsPlaces().rejectedBy().contains(c.evidence().valueRule())
                && placeNamed != null && placeNamed.attributeType() != AttributeType.INSENSITIVE
                && column.evidence() != null
                && column.evidence().distinctRatio() <= rules.personsPlaces().maxDistinctRatio()) {
            return c.withType(placeNamed.attributeType(), placeNamed.infoType(), placeNamed.domain(),
                placeNamed.protectedAttribute(), "rows are persons: a few places named by their own names, repeated"
                + " over the rows, are where the persons are (a hotel a household is sheltered in), not a directory");
        }
        return null;
    }

    private ColumnClassification contactNamedAsAnOrganisation(Column column, List<ValueRule> valueRules) {
        ColumnClassification c = column.classification();
        // A contact's column read as an organisation's name by a word of its header ("Contact entreprise") whose
        // values are persons' names names the person to call: never released, whatever the rows are.
        if (isContact(c.name()) && column.hint() == DataSubject.ORGANISATION
                && c.attributeType() == AttributeType.INSENSITIVE && "ORGANISATION_NAME".equals(c.infoType())
                && !rules.soleTraderNames().isEmpty() && personNameShare(column) >= CONTACTS_NAMED) {
            Category name = valueRules.get(rules.soleTraderNames().get(0)).category();
            return c.withType(name.attributeType(), name.infoType(), name.domain(), name.protectedAttribute(),
                "a contact's column whose values are persons' names: the contact person's name (personal data)");
        }
        return null;
    }

    /** Read only when the rows are mixed of sole traders whose names no column shows as persons'. */
    private ColumnClassification soleTradersTradeName(Decision decision, Column column, List<ValueRule> valueRules) {
        ColumnClassification c = column.classification();
        if (c.attributeType() == AttributeType.INSENSITIVE
                && "ORGANISATION_NAME".equals(c.infoType()) && !isContact(c.name())
                && column.evidence().distinctRatio() >= ROWS_OWN_NAMES) {
            Category name = valueRules.get(rules.soleTraderNames().get(0)).category();
            return c.withType(name.attributeType(), name.infoType(), name.domain(), name.protectedAttribute(),
                percent(decision.soleTraderShare()) + " of the organisations are sole traders: their trade names"
                + " name them (personal data), whichever they are");
        }
        return null;
    }

    private static ColumnClassification keyOfAPersonsThing(Decision decision, Column column) {
        ColumnClassification c = column.classification();
        // In a file about persons, a column named for a thing (a bin, a meter, a badge reader) with one value per row
        // keys the thing each person holds (a household's bin), not a kind of facility: it is that person's key.
        if (decision.subject() == DataSubject.PERSON && column.hint() == DataSubject.PLACE
                && c.attributeType() == AttributeType.INSENSITIVE && "FACILITY".equals(c.infoType())
                && column.evidence().distinctRatio() >= KEY_OF_A_PERSONS_THING) {
            return c.withType(AttributeType.IDENTIFYING, "RECORD_IDENTIFIER", null, null, "rows are persons: a column"
                + " named for a thing with one value per row keys the thing each person holds, an identifier");
        }
        return null;
    }

    /** Read only when the rows are organisations, sole traders perhaps among them, and no private person. */
    private ColumnClassification siteAddress(Column column) {
        ColumnClassification c = column.classification();
        if (rules.siteAddresses().is(c) && !isContact(c.name()) && c.attributeType() != AttributeType.INSENSITIVE) {
            return c.withType(AttributeType.INSENSITIVE, c.infoType(), null, null, "rows are organisations: "
                + c.infoType() + " named as a worksite's, an event's or a facility's is that place, not a person's");
        }
        return null;
    }

    /**
     * The column as the rows' kind makes it once no pass settled it alone: a note's finds, an access credential beside
     * a person, the info types the rows' kind makes no personal data (held when a person named beside them puts a
     * special category in doubt), or an organisation's name that is a person's.
     */
    private ColumnClassification byTheRowsKind(Pass pass, Column column) {
        Decision decision = pass.decision();
        Set<String> notPersonal = pass.notPersonal();
        SpecialCategoriesBesideAPerson doubt = pass.doubt();
        String person = pass.person();
        String namedPerson = pass.namedPerson();
        ColumnClassification c = column.classification();
        // Beside a column naming a person, a share of personal mobiles or mailboxes among the generic ones is that
        // person's (a driving school's manager's mobile among the switchboards), unless the column's name says
        // it is the organisation's ("email_association": an association's mailbox at a webmail provider).
        Category namedAs = column.named();
        boolean namedTheOrganisations = namedAs != null && namedAs.attributeType() == AttributeType.INSENSITIVE
            && !Classifier.FREE_TEXT.equals(namedAs.infoType());
        boolean ownData = ownData(column, namedPerson != null && !namedPerson.equals(c.name()) && !namedTheOrganisations
            ? rules.personalBesideAPerson() : 0.5);
        // A phone or a mailbox in a note beside a column naming a person may be that person's (their mobile, to
        // fetch the keys), not the organisation's switchboard: the note keeps its reading, as in a file about persons.
        boolean contactOfAPerson = person != null && !person.equals(c.name())
            && c.evidence().embeddedIdentifiers().keySet().stream().anyMatch(rules.personalValues()::containsKey);
        if (onlyNotPersonalInText(c, notPersonal) && !contactOfAPerson
                && !doubt.inDoubt(c.evidence().embeddedIdentifiers().keySet(), person)) {
            // A facility's description giving its address: what the text holds is no personal data here.
            return c.withType(AttributeType.INSENSITIVE, c.infoType(), null, null, "rows are "
                + decision.subject().name().toLowerCase(Locale.ROOT) + "s: "
                + String.join(", ", c.evidence().embeddedIdentifiers().keySet()) + " in this text is not personal data");
        }
        // A badge or a key fob beside a column naming a person is that person's (the slot's manager's), not the
        // organisation's record number.
        boolean credentialOfAPerson = person != null && !person.equals(c.name()) && rules.credentials().is(c);
        boolean organisations = c.infoType() != null && notPersonal.contains(c.infoType()) && !isContact(c.name())
            && !(decision.subject() == DataSubject.PLACE && rules.rowsOwnPlaces().infoTypes().contains(c.infoType())
                && !keysTheRows(pass.columns(), c.infoType()))
            && !rules.holders().named(c.name())
            && !ownData && !credentialOfAPerson && (c.attributeType() != AttributeType.INSENSITIVE || c.domain() != null);
        // A name that says the column is the organisation's ("raison_sociale", "categorie_etablissement") lifts the
        // doubt; one that only says it is text ("observations", "notes") does not say whose.
        Category named = column.named();
        boolean namedOrganisations = named != null && named.attributeType() == AttributeType.INSENSITIVE
            && !Classifier.FREE_TEXT.equals(named.infoType());
        if (credentialOfAPerson && c.attributeType() != AttributeType.INSENSITIVE) {
            c = c.withType(c.attributeType(), c.infoType(), c.domain(), c.protectedAttribute(), "rows are "
                + decision.subject().name().toLowerCase(Locale.ROOT) + "s, but column " + person
                + " names a person: an access credential beside it (a badge, a key fob, a login) is that person's,"
                + " not the organisation's record");
        } else if (organisations && !namedOrganisations && doubt.inDoubt(c, person)) {
            c = doubt.hold(c, person, decision.subject());
        } else if (organisations) {
            // A name that said what the column is ("categorie_etablissement") says it again.
            String info = named != null && named.attributeType() == AttributeType.INSENSITIVE ? named.infoType()
                : c.infoType();
            c = c.withType(AttributeType.INSENSITIVE, info, null, null, "rows are "
                + decision.subject().name().toLowerCase(Locale.ROOT) + "s: " + c.infoType()
                + " here is not personal data");
        } else {
            c = organisationNamesOfPersons(decision, column, c, pass.valueRules());
        }
        return c;
    }

    /**
     * In a file about persons or mixed, an organisation's name that names a person (all the organisations sole traders,
     * or enough of its values persons' names) is personal data; otherwise the column is left as it is.
     */
    private ColumnClassification organisationNamesOfPersons(Decision decision, Column column, ColumnClassification c,
            List<ValueRule> valueRules) {
        if (decision.subject() != DataSubject.ORGANISATION && decision.subject() != DataSubject.PLACE
                && column.hint() == DataSubject.ORGANISATION && c.attributeType() == AttributeType.INSENSITIVE
                && "ORGANISATION_NAME".equals(c.infoType()) && !rules.soleTraderNames().isEmpty()) {
            Category name = valueRules.get(rules.soleTraderNames().get(0)).category();
            if (decision.soleTraderShare() >= rules.soleTraderPerson()) {
                return c.withType(name.attributeType(), name.infoType(), name.domain(), name.protectedAttribute(),
                    "the organisations are sole traders: their trade name names them (personal data)");
            } else if (personNameShare(column) >= rules.soleTraderMixed()) {
                return c.withType(name.attributeType(), name.infoType(), name.domain(), name.protectedAttribute(),
                    "organisation names that are people's names (sole traders, private persons): personal data");
            }
        }
        return c;
    }

    /** Nothing decided yet: released with no info type and no domain, not pinned. */
    private static boolean unexplained(ColumnClassification c) {
        return c.attributeType() == AttributeType.INSENSITIVE && c.infoType() == null && c.domain() == null
            && c.pinnedBy() == null;
    }

    /**
     * Whether a contact's values are persons' names: most sampled values written as full names, and one of them
     * holding a first name the rule knows (a department, "Service Voirie", holds none). Repetition does not matter.
     */
    private boolean contactPersonsNamed(Column column, List<ValueRule> valueRules) {
        ColumnEvidence ev = column.evidence();
        if (rules.contactNames().rule() < 0 || ev == null || ev.sampled == 0) {
            return false;
        }
        ValueRule firstName = valueRules.get(rules.contactNames().rule());
        int written = 0;
        boolean known = false;
        for (Map.Entry<String, Integer> e : ev.distinctCounts.entrySet()) {
            String v = e.getKey().strip();
            if (!PersonValueShapes.writtenAsFullName(v)) {
                continue;
            }
            written += e.getValue();
            if (!known) {
                String[] words = Text.valueWords(Text.normalize(v));
                known = firstName.matches(v, words, String.join(" ", words));
            }
        }
        return known && written >= rules.contactNames().minShare() * ev.sampled;
    }

    /** Whether a column of this info type has a different value on nearly every row: the rows are those places. */
    private boolean keysTheRows(List<Column> columns, String infoType) {
        for (Column col : columns) {
            if (infoType.equals(col.classification().infoType()) && col.evidence() != null
                    && col.evidence().distinctRatio() >= rules.rowsOwnPlaces().minDistinctRatio()) {
                return true;
            }
        }
        return false;
    }

    /** Free text (not a contact's) whose every find is of an info type the rows' kind makes no personal data. */
    private boolean onlyNotPersonalInText(ColumnClassification c, Set<String> notPersonal) {
        Map<String, Integer> found = c.evidence().embeddedIdentifiers();
        return !notPersonal.isEmpty() && Classifier.FREE_TEXT.equals(c.infoType()) && !found.isEmpty()
            && notPersonal.containsAll(found.keySet()) && !isContact(c.name());
    }

    /**
     * In a table of areas, every column but a contact's is a figure or a name of the area: not personal data; in a
     * register of streets, a street's key, address or namesake.
     */
    private List<ColumnClassification> areaColumns(List<Column> columns, boolean streets, String note) {
        List<ColumnClassification> out = new ArrayList<>(columns.size());
        for (Column column : columns) {
            ColumnClassification c = column.classification();
            if (!isContact(c.name()) && (c.attributeType() != AttributeType.INSENSITIVE || c.domain() != null)) {
                // A register's street keeps its info type (an address, a commune); a namesake's is no one's.
                String info = streets && !describesPerson(c) ? c.infoType() : null;
                c = c.withType(AttributeType.INSENSITIVE, info, null, null, note);
            }
            out.add(c);
        }
        return out;
    }

    private boolean describesPerson(ColumnClassification c) {
        return c.infoType() != null && rules.personInfoTypes().contains(c.infoType());
    }

    private boolean isContact(String columnName) {
        return Text.nameTokens(columnName).stream().anyMatch(rules.contactWords()::contains);
    }

    private double soleTraderShare(List<Column> columns) {
        double best = 0;
        for (Column c : columns) {
            // A contact's column ("Contact entreprise", "Contact du titulaire") names the person to call at each
            // organisation, not the organisation: a person's name there says nothing of the rows being sole traders.
            if (c.hint() == DataSubject.ORGANISATION && !isContact(c.classification().name())) {
                best = Math.max(best, soleTraderShare(c));
            }
        }
        return best;
    }

    private double soleTraderShare(Column c) {
        double best = rules.soleTraderNames().isEmpty() ? 0 : c.evidence().matchShare(rules.soleTraderNames().get(0));
        for (int index : rules.soleTraderForms()) {
            best = Math.max(best, c.evidence().matchShare(index));
        }
        return best;
    }

    /** The largest share of the column's values that a name rule of the sole-trader section matches. */
    private double personNameShare(Column c) {
        double best = 0;
        for (int index : rules.soleTraderNames()) {
            best = Math.max(best, c.evidence().matchShare(index));
        }
        return best;
    }

    private static String label(ColumnClassification c) {
        return c.infoType() != null ? c.infoType() : c.attributeType().name();
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
