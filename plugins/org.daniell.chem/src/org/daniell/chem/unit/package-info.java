/**
 * Quantities and units of the battery field, on the JSR 385 API ({@code javax.measure}, unit-api 2.2) through its
 * reference implementation Indriya (tech.units:indriya 2.2.4).
 *
 * <h2>Why Indriya</h2>
 * <ul>
 * <li><b>Standard API.</b> JSR 385 is the Java standard for units; Indriya is its reference implementation, so
 * {@code Quantity<ElectricPotential>} and {@code Unit<Length>} are types other libraries (and the EMF model)
 * can share, not a private convention.</li>
 * <li><b>Exact conversion.</b> Indriya keeps conversion factors as rational numbers ({@code RationalNumber}); a
 * decimal written in a spec ({@code BigDecimal}) converts without binary rounding: 1 mAh = 18/5 C exactly,
 * 20 mg/cm² = 1/5 kg/m² exactly, 25 °C = 298.15 K exactly.</li>
 * <li><b>Dimensional analysis.</b> Products and quotients of quantities carry their dimension, so
 * F/g × V really is a specific capacity and µL/mAh × g/mL really is g/Ah; a wrong formula fails instead of
 * silently producing a number (PyBaMM's units are strings in parameter names, issue #406).</li>
 * <li><b>Maintained and OSGi-ready.</b> Indriya 2.2.x is released on Maven Central with OSGi manifests
 * (Bundle-SymbolicName {@code tech.units.indriya}), as are its dependencies unit-api, uom-lib-common and
 * jakarta.inject-api, so it goes into the Eclipse target platform unchanged. It loads its number system through
 * its own class loader, so no OSGi service-loader mediator is needed for what this package uses.</li>
 * </ul>
 *
 * <h2>What this package adds</h2>
 * <ul>
 * <li>{@link org.daniell.chem.unit.FieldUnits}: mAh, Ah, Wh, M, C-rate, mAh/g, mg/cm², µL/mAh, g/Ah, Wh/kg … as
 * exact Indriya units; quantity types in {@link org.daniell.chem.unit.quantity}.</li>
 * <li>{@link org.daniell.chem.unit.UnitParser} and {@link org.daniell.chem.unit.QuantityParser}: units and
 * quantities as researchers type them ({@code mAh g-1}, {@code uL/mAh}, {@code degC}, {@code wt%}, {@code C/4}),
 * returning an {@link org.daniell.chem.unit.Outcome} with a positioned
 * {@link org.daniell.chem.unit.UnitProblem} instead of throwing.</li>
 * <li>{@link org.daniell.chem.unit.Kind} and {@link org.daniell.chem.unit.QuantityCheck}:
 * {@code expect(quantity, Kind.SPECIFIC_CAPACITY)} gives a typed quantity or a
 * {@link org.daniell.chem.unit.UnitProblem.DimensionMismatch} / {@link org.daniell.chem.unit.UnitProblem.BasisMismatch}
 * value.</li>
 * <li>{@link org.daniell.chem.unit.FractionBasis}: wt%, at% and vol% are the same unit to Indriya (1/100); the basis
 * travels beside the unit so that they are never converted into one another.</li>
 * </ul>
 */
package org.daniell.chem.unit;
