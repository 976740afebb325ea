package org.elbasar.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.elbasar.common.validation.EmailAddress;
import org.elbasar.common.validation.EmailAddresses;
import org.elbasar.testing.LookAlikes;
import org.junit.jupiter.api.Test;

/** The one email normaliser, and its use on every email address a request body brings in. */
class EmailAddressTest {

    /** Sign-in only looks an address up (normalised there): an account stored before the rules must still get in. */
    private static final Set<String> LOOKED_UP_ONLY = Set.of("LoginRequest.email");

    @Test
    void addressesThatDisplayAlikeNormaliseToOneAddress() {
        assertEquals("camille@recyclerie.example", EmailAddresses.normalise(LookAlikes.fullwidth("camille@recyclerie.example")));
        assertEquals("Camille@recyclerie.example", EmailAddresses.normalise("  Camille@RECYCLERIE.Example "));
        assertEquals("camille@recyclerie.example", EmailAddresses.key("Camille@RECYCLERIE.Example"));
        // an accent typed as a letter and a combining mark is the composed letter
        assertEquals("\u00e9lodie@exemple.fr", EmailAddresses.normalise("e\u0301lodie@exemple.fr"));
        // Unicode domains are stored in their ASCII form, which shows what they are
        assertEquals("ivan@xn--e1afmkfd.xn--p1ai", EmailAddresses.normalise("ivan@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444"));
    }

    @Test
    void invisibleAndMixedScriptAddressesAreRefusedAndLegitimateOnesAccepted() {
        assertEquals(Optional.of("{elbasar.email.invisible}"), refusal(LookAlikes.with(LookAlikes.ZERO_WIDTH_SPACE, "camille@x.example")));
        assertEquals(Optional.of("{elbasar.email.invisible}"), refusal(LookAlikes.with(LookAlikes.RIGHT_TO_LEFT_OVERRIDE, "camille@x.example")));
        assertEquals(Optional.of("{elbasar.email.invisible}"), refusal("cam ille@x.example"));
        assertEquals(Optional.of("{elbasar.email.mixed-scripts}"), refusal(LookAlikes.cyrillicA("camille@x.example")));
        // a Cyrillic name at a Latin domain, and a Latin name at a look-alike domain
        assertEquals(Optional.of("{elbasar.email.mixed-scripts}"), refusal("\u0430\u0440\u0435@x.example"));
        assertEquals(Optional.of("{elbasar.email.mixed-scripts}"), refusal("bob@\u0430\u0440\u0440\u04cf\u0435.com"));
        assertEquals(Optional.empty(), refusal("\u00e9lodie@exemple.fr"));
        assertEquals(Optional.empty(), refusal("\u0438\u0432\u0430\u043d@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444"));
        assertEquals(Optional.empty(), refusal("j.dupont+elbasar@ville-roubaix.example"));
    }

    private static Optional<String> refusal(String address) {
        return EmailAddresses.refusal(EmailAddresses.normalise(address));
    }

    /** Any request field named like an email with a constraint is an address coming in: it must be normalised and checked. */
    @Test
    void everyEmailFieldOfARequestBodyIsNormalisedAndChecked() throws IOException, ReflectiveOperationException {
        List<String> unchecked = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : apiRecords()) {
            for (RecordComponent component : type.getRecordComponents()) {
                // constraint annotations do not target record components: they land on the field
                Field field = type.getDeclaredField(component.getName());
                boolean constrained = Arrays.stream(field.getAnnotations())
                        .anyMatch(a -> a.annotationType().getPackageName().equals("jakarta.validation.constraints"));
                if (!constrained || !component.getName().toLowerCase().contains("email")
                        || LOOKED_UP_ONLY.contains(type.getSimpleName() + "." + component.getName())) {
                    continue;
                }
                if (field.isAnnotationPresent(EmailAddress.class)) {
                    checked++;
                } else {
                    unchecked.add(type.getName() + "." + component.getName());
                }
            }
        }
        assertEquals(List.of(), unchecked, "email fields without @EmailAddress");
        assertTrue(checked >= 7, "found only " + checked + " email fields: is the scan still looking at the API records?");
    }

    private static List<Class<?>> apiRecords() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/elbasar"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && f.toString().contains("/api/")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, EmailAddressTest.class.getClassLoader());
                if (type.isRecord()) {
                    records.add(type);
                }
            }
        }
        return records;
    }
}
