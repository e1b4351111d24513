/**
 * Quantity types of the battery field that JSR 385 ({@code javax.measure.quantity}) does not define.
 *
 * <p>Each interface is a type marker only, used as the type argument of {@link javax.measure.Quantity}
 * and {@link javax.measure.Unit} so that the analysis layer can write
 * {@code Quantity<SpecificCapacity>} instead of {@code Quantity<?>}. The dimension of each type is
 * stated in its javadoc and fixed by the matching {@link org.daniell.chem.unit.Kind}. Quantities that
 * JSR 385 already names ({@code Length}, {@code ElectricCharge}, {@code ElectricPotential} …) are used
 * from {@code javax.measure.quantity} directly.
 */
package org.daniell.chem.unit.quantity;
