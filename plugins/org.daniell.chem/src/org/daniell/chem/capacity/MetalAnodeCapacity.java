package org.daniell.chem.capacity;

import java.util.OptionalDouble;

import org.daniell.chem.element.Element;
import org.daniell.chem.element.MetalDensities;

/**
 * Capacity of a metal anode that strips as M^z+ (Zn → Zn2+: 819.9 mAh/g, 5854 mAh/cm³ at 7.14 g/cm³;
 * seed-000 F§5.1, seed-003-004 §2.4).
 */
public final class MetalAnodeCapacity {

    private MetalAnodeCapacity() {
    }

    /** @return z·F/(3.6·Ar) in mAh per gram of metal */
    public static double mAhPerGram(Element metal, int ionCharge) {
        if (ionCharge <= 0) {
            throw new IllegalArgumentException("the metal ion charge must be positive: " + ionCharge);
        }
        return TheoreticalCapacity.mAhPerGram(ionCharge, metal.atomicWeight());
    }

    /** @return mAh per cm³ of metal, if its density is tabulated ({@link MetalDensities}) */
    public static OptionalDouble mAhPerCubicCentimetre(Element metal, int ionCharge) {
        OptionalDouble density = MetalDensities.gramsPerCubicCentimetre(metal);
        return density.isPresent()
                ? OptionalDouble.of(TheoreticalCapacity.mAhPerCubicCentimetre(mAhPerGram(metal, ionCharge),
                        density.getAsDouble()))
                : OptionalDouble.empty();
    }
}
