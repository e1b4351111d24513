package org.daniell.model.issues;


/** Findings about the text itself: structure, notation and units, reported by the language front end. */
public final class LanguageIssues {

    public static final Issue CELL_MISSING_ELECTRODE = new Issue("cell.missing-electrode", Severity.ERROR,
            "Cell ''{0}'' has no {1} electrode.",
            "An electrochemical cell needs a negative and a positive electrode: the reaction at one supplies "
                    + "the electrons the other consumes, so a cell without either cannot deliver charge.",
            "IUPAC Compendium of Chemical Terminology (Gold Book), 'electrochemical cell'");

    public static final Issue EMPTY_ELECTRODE = new Issue("cell.empty-electrode", Severity.WARNING,
            "Electrode ''{0}'' says nothing about what it is made of; to use an electrode defined elsewhere, write "
                    + "''{1} {0} extends OtherElectrode''.",
            "An electrode without active material, collector or reaction cannot take part in any calculation. "
                    + "Writing only a name declares a new, empty electrode; reusing a defined one needs 'extends'.",
            "IUPAC Gold Book, 'electrode'");

    public static final Issue EMPTY_ELECTROLYTE = new Issue("cell.empty-electrolyte", Severity.WARNING,
            "Electrolyte ''{0}'' says nothing about what it is made of; to use an electrolyte defined elsewhere, write "
                    + "''electrolyte extends OtherElectrolyte''.",
            "An electrolyte without kind or constituents cannot be checked for charge balance, pH or stability. "
                    + "Writing only a name declares a new, empty electrolyte; reusing a defined one needs 'extends'.",
            "IUPAC Gold Book, 'electrolyte'");

    public static final Issue STATEMENT_REPEATED = new Issue("statement.repeated", Severity.WARNING,
            "''{0}'' is written {1} times here; only the last value counts.",
            "A statement that holds one value (a loading, a pH, a format) was written more than once. Daniell keeps "
                    + "the last one, which is rarely what was meant when two different numbers were copied in.",
            "Daniell language reference (docs/language.md)");

    public static final Issue NOTATION_FORMULA = new Issue("notation.formula", Severity.ERROR,
            "{0}",
            "Formulas are read by Daniell's chemistry kernel to compute molar masses, capacities and charge "
                    + "balance, so they must follow chemical notation: element symbols with their amounts, "
                    + "parentheses and brackets for groups, charges in brackets (Zn[2+]) and hydrates with a middle dot.",
            "IUPAC Nomenclature of Inorganic Chemistry (Red Book, 2005), IR-4 'Formulae'");

    public static final Issue NOTATION_FORMULA_ASSUMPTION = new Issue("notation.formula-assumption", Severity.WARNING,
            "{0}",
            "The formula could be read only by assuming something the text does not say (equal shares in a "
                    + "group without amounts, a digit taken as a charge). Write it explicitly so that every tool reads "
                    + "the same composition.",
            "IUPAC Red Book (2005), IR-4; shared/domain/seed-003-004-high-entropy.md §1.4");

    public static final Issue NOTATION_ION_WITHOUT_CHARGE = new Issue("notation.ion-without-charge", Severity.ERROR,
            "''{0}'' is written without a charge; an ion needs one, e.g. Zn[2+] or SO4[2-].",
            "Carriers and the species a membrane passes are ions. Their charge decides how much charge each "
                    + "one carries and which way it moves, so it must be written.",
            "IUPAC Red Book (2005), IR-4.6.2 'Ionic charge'");

    public static final Issue NOTATION_REACTION = new Issue("notation.reaction", Severity.ERROR,
            "{0}",
            "Half-reactions are read species by species: coefficients, formulas with charges, e- for electrons, "
                    + "'+' between species and an arrow between the two sides.",
            "IUPAC Gold Book, 'half-reaction'; IUPAC Red Book (2005), IR-4");

    public static final Issue NOTATION_UNKNOWN_REFERENCE = new Issue("notation.unknown-reference", Severity.ERROR,
            "''{0}'' is not a reference electrode Daniell knows; use one of {1}.",
            "A potential means nothing without its reference electrode, and Daniell converts between references "
                    + "(SHE, RHE at the electrolyte's pH, metal couples, Ag/AgCl, SCE, Hg/HgO) to compare electrodes "
                    + "and electrolyte windows.",
            "IUPAC Green Book, 3rd ed. (2007), §2.13; shared/domain/seed-000-multi-ion.md R-D2");

    public static final Issue UNITS_SYNTAX = new Issue("units.syntax", Severity.ERROR,
            "{0}",
            "Units are read as researchers write them (mAh/g, mg/cm2, uL/mAh, mol/L, wt%, °C) and converted exactly; "
                    + "a unit that cannot be read cannot be converted.",
            "SI Brochure, 9th ed. (BIPM 2019), §5 'Writing unit symbols'");

    public static final Issue UNITS_WRONG_DIMENSION = new Issue("units.wrong-dimension", Severity.ERROR,
            "''{0}'' cannot measure this; expected {1}.",
            "Each statement measures one kind of quantity (a loading is a mass per area, an amount of electrolyte "
                    + "a volume, a mass or a ratio to capacity). A unit of another dimension is a mistake in the "
                    + "number or in the statement.",
            "SI Brochure, 9th ed. (BIPM 2019), §2.3.3 'Dimensions of quantities'");

    public static final Issue UNITS_MISSING = new Issue("units.missing", Severity.ERROR,
            "This number needs a unit: {0}.",
            "A number without its unit is ambiguous (µm or mm? mg/cm2 or g/m2?) and cannot be converted.",
            "SI Brochure, 9th ed. (BIPM 2019), §5.4 'Rules and style conventions for expressing values of quantities'");

    public static final Issue UNITS_UNEXPECTED = new Issue("units.unexpected", Severity.ERROR,
            "''{0}'': this is a count and takes no unit.",
            "Counts such as a number of cycles are plain numbers.",
            "SI Brochure, 9th ed. (BIPM 2019), §5.4.7");

    private LanguageIssues() {
    }
}
