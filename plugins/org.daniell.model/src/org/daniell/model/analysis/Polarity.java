package org.daniell.model.analysis;

import org.daniell.model.design.Electrode;
import org.daniell.model.design.ElectrodeRole;

/** Which side of the cell an electrode is on; anode and cathode are read as their discharge polarity. */
public enum Polarity {
    NEGATIVE, POSITIVE;

    public static Polarity of(Electrode electrode) {
        ElectrodeRole role = electrode.isSetRole() ? electrode.getRole() : ElectrodeRole.NEGATIVE;
        return role == ElectrodeRole.POSITIVE || role == ElectrodeRole.CATHODE ? POSITIVE : NEGATIVE;
    }

    public String word() {
        return this == NEGATIVE ? "negative" : "positive";
    }
}
