package org.daniell.model.validation;

import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.Material;

/**
 * One topic of design validation (capacity balance, stability window, collectors …). Each method is called once per
 * element of that type in the resource being validated; cell checks receive the cell's cached analysis.
 */
public abstract class TopicValidator {

    public void checkCell(Cell cell, CellAnalysis analysis, Findings findings) {
    }

    public void checkMaterial(Material material, Findings findings) {
    }

    public void checkElectrode(Electrode electrode, Findings findings) {
    }

    public void checkElectrolyte(Electrolyte electrolyte, Findings findings) {
    }
}
