package org.daniell.model.issues;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one catalogue of Daniell findings: every code any check can report, in documentation order. Each topic class
 * below declares its entries as {@code public static final Issue} fields; a test keeps ids unique, used and documented.
 */
public final class IssueCatalogue {

    /** The topic classes, in the order docs/diagnostics.md lists them. */
    private static final List<Class<?>> TOPICS = List.of(
            LanguageIssues.class,
            CompositionIssues.class,
            HighEntropyIssues.class,
            MechanismIssues.class,
            ReactionIssues.class,
            CapacityIssues.class,
            PracticalityIssues.class,
            WindowIssues.class,
            PhIssues.class,
            HostIssues.class,
            SpeciationIssues.class,
            CollectorIssues.class,
            SeparatorIssues.class,
            TemperatureIssues.class,
            ClaimIssues.class,
            DataIssues.class,
            InternalIssues.class);

    private static final List<IssueCode> ALL;
    private static final Map<String, IssueCode> BY_ID = new LinkedHashMap<>();

    static {
        List<IssueCode> all = new ArrayList<>();
        for (Class<?> topic : TOPICS) {
            all.addAll(declaredIn(topic));
        }
        ALL = Collections.unmodifiableList(all);
        for (IssueCode code : ALL) {
            BY_ID.putIfAbsent(code.id(), code);
        }
    }

    private IssueCatalogue() {
    }

    public static List<IssueCode> all() {
        return ALL;
    }

    public static List<Class<?>> topics() {
        return TOPICS;
    }

    public static Optional<IssueCode> find(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The entries a topic class declares, in declaration order. */
    public static List<IssueCode> declaredIn(Class<?> topic) {
        List<IssueCode> codes = new ArrayList<>();
        for (Field field : topic.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isPublic(modifiers) && IssueCode.class.isAssignableFrom(field.getType())) {
                try {
                    codes.add((IssueCode) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return codes;
    }
}
