package org.daniell.tests;

import org.daniell.formatting2.DaniellFormatterPreferences;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class FormatterTest {

    @Inject
    private FormatterTestHelper formatter;

    @Test
    void layOutACellOneStatementPerLine() {
        formatter.assertFormatted(request -> {
            request.preferences(it -> it.put(FormatterPreferenceKeys.indentation, DaniellFormatterPreferences.INDENTATION));
            request.setToBeFormatted("""
                    package   demo
                    import lib.*
                    material Zinc:active{formula Zn density 7.14   g/cm3}
                    cell ZnMn:battery{negative A{active Zinc{thickness 20um} reaction Zn -> Zn[2+] + 2 e-} positive B{active lib.MnO2;}
                    electrolyte aqueous{salt ZnSO4 2 mol/L;pH 4.5}claims{energy 50 Wh/kg basis cell}}
                    """);
            request.setExpectation("""
                    package demo

                    import lib.*

                    material Zinc : active {
                        formula Zn
                        density 7.14 g/cm3
                    }

                    cell ZnMn : battery {
                        negative A {
                            active Zinc {
                                thickness 20 um
                            }
                            reaction Zn -> Zn[2+] + 2 e-
                        }
                        positive B {
                            active lib.MnO2;
                        }
                        electrolyte aqueous {
                            salt ZnSO4 2 mol/L;
                            pH 4.5
                        }
                        claims {
                            energy 50 Wh/kg basis cell
                        }
                    }
                    """);
        });
    }
}
