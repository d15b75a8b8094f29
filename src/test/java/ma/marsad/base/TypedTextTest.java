package ma.marsad.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void aRightToLeftOverrideCannotDisguiseAFileName() {
        assertThat(TypedText.clean("invoice\u202Excod.exe")).isEqualTo("invoicexcod.exe");
    }

    @Test
    void zeroWidthAndByteOrderMarksAreRemoved() {
        assertThat(TypedText.clean("\uFEFFfig\u200Bure\u2060s")).isEqualTo("figures");
        assertThat(TypedText.clean("a\u2066b\u2069c\u202Ad")).isEqualTo("abcd");
    }

    @Test
    void arabicTextWithItsJoinersAndLineBreaksStaysAsTyped() {
        String arabic = "رقم مراجَع\u200C بعد الزيارة\nسطر ثانٍ\tجدول";
        assertThat(TypedText.clean(arabic)).isSameAs(arabic);
        assertThat(TypedText.needsCleaning(arabic)).isFalse();
    }

    @Test
    void controlCharactersOtherThanLineBreaksAreRemovedAndNullStaysNull() {
        assertThat(TypedText.clean("a\u0000b\u0007c")).isEqualTo("abc");
        assertThat(TypedText.clean(null)).isNull();
    }
}
