package dev.cascade.okr.rest.http;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.service.kernel.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

/**
 * What a body's bytes and texts may carry: UTF-8 only, named at the field that holds the first bad byte; line breaks
 * and tabs only in multi-line fields; every script, mark and emoji kept as sent. The refusals of single texts are rows
 * of {@link JsonBodiesTest}.
 */
public class JsonBodiesTextTest {

    /** A multi-line field: line breaks and tabs are fine there. */
    public record Notes(@JsonProperty("title") String title, @JsonProperty("description") String description) {
        /** Jackson's way in. */
        @JsonCreator
        public Notes {
        }
    }

    @Test
    public void shouldKeepLineBreaksTabsAndOtherScriptsWhenTheFieldIsMultiLine() {
        String text = "Line one\r\n\tline two \u05e9\u05dc\u05d5\u05dd\u200f \u5b63\u5ea6 \ud83d\udc4d\u200d";
        Outcome<Notes> read = JsonBodies.read("{\"title\":\"\u5b63\u5ea6 \u200e\ud83d\ude80\",\"description\":"
                + JsonBodies.write(text) + "}", Notes.class);

        assertEquals(read.violations().toString(), true, read.isSuccess());
        assertEquals(text, read.value().description());
    }

    @Test
    public void shouldNameTheCharacterAndItsKindWhenATextIsRefused() {
        Violation violation = JsonBodies.read("{\"title\":\"ab\u202E\"}", Notes.class).violations().get(0);

        assertEquals(List.of("U+202E", "cascade.text.character.bidi"), violation.args());
    }

    @Test
    public void shouldDecodeWhenTheBytesAreUtf8() {
        byte[] bytes = "{\"title\":\"\u5b63\u5ea6 \ud83d\ude80\"}".getBytes(StandardCharsets.UTF_8);

        assertEquals("{\"title\":\"\u5b63\u5ea6 \ud83d\ude80\"}", JsonBodies.decode(bytes).value());
    }

    @Test
    public void shouldNameTheFieldWhenTheBytesAreNotUtf8() {
        assertEncodingInvalidAt("title", bytes("{\"title\":\"ab"), new byte[] {(byte) 0xC3, 0x28}, bytes("\"}"));
        assertEncodingInvalidAt("items[1].name", bytes("{\"items\":[{},{\"name\":\""), new byte[] {(byte) 0xFF},
                bytes("\"}]}"));
        // an encoded surrogate (CESU-8 / "WTF-8") is not UTF-8
        assertEncodingInvalidAt("title", bytes("{\"title\":\""), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                bytes("\"}"));
        // a sequence cut at the end of the body
        assertEncodingInvalidAt("title", bytes("{\"title\":\"a"), new byte[] {(byte) 0xE5, (byte) 0xAD});
        assertEncodingInvalidAt("body", new byte[] {(byte) 0xFE}, bytes("{}"));
    }

    private static void assertEncodingInvalidAt(String field, byte[]... parts) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            body.writeBytes(part);
        }
        Outcome<String> decoded = JsonBodies.decode(body.toByteArray());
        assertEquals(false, decoded.isSuccess());
        assertEquals("request.encoding-invalid", decoded.violations().get(0).code().code());
        assertEquals(field, decoded.violations().get(0).field());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
