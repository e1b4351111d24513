package org.daniell.chem.element;

/**
 * Conventional grouping of the elements (IUPAC / CRC usage). Metalloids are B, Si, Ge, As, Sb and Te.
 */
public enum ElementCategory {
    ALKALI, ALKALINE_EARTH, TRANSITION, POST_TRANSITION, METALLOID, NONMETAL, HALOGEN, NOBLE_GAS, LANTHANIDE, ACTINIDE;

    /** @return true for the categories whose elements usually sit on anion sites: nonmetals and halogens. */
    public boolean isNonmetallic() {
        return this == NONMETAL || this == HALOGEN || this == NOBLE_GAS;
    }

    /** @return true for metals and metalloids, the elements that usually sit on cation (or alloy) sites. */
    public boolean isMetalLike() {
        return !isNonmetallic();
    }

    static ElementCategory fromTableName(String name) {
        return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
