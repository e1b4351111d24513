package org.daniell.chem.element;

/**
 * One effective ionic radius from R.D. Shannon, Acta Cryst. A32 (1976) 751, Table 1.
 *
 * @param element       the element
 * @param charge        ionic charge
 * @param coordination  coordination number
 * @param spin          "HS", "LS" or "" where Shannon does not distinguish spin states
 * @param angstrom      effective ionic radius in angstrom
 * @param common        true if this is the entry used for the ion's common coordination
 */
public record IonicRadius(Element element, int charge, int coordination, String spin, double angstrom,
                          boolean common) {
}
