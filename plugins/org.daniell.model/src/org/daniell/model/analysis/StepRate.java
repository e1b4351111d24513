package org.daniell.model.analysis;

import org.daniell.model.design.Step;

/** The rate of one charge or discharge step of a cell's protocol, in C (1C empties the cell in one hour). */
public record StepRate(Step step, Figure rate) {
}
