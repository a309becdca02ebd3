package id.pendopo.open311;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewServiceRequestTest {

    @Test
    void theTitleIsTheFirstSentence() {
        assertThat(NewServiceRequest.titleOf("Lampu jalan mati. Sudah seminggu gelap!")).isEqualTo("Lampu jalan mati.");
        assertThat(NewServiceRequest.titleOf("  Ada apa?  Tolong dicek")).isEqualTo("Ada apa?");
        assertThat(NewServiceRequest.titleOf("Harga Rp1.500 per liter naik")).isEqualTo("Harga Rp1.500 per liter naik");
    }

    @Test
    void aLongSentenceIsCutAtAWordWithinEightyCharacters() {
        String words = "kata ".repeat(40).strip();

        String title = NewServiceRequest.titleOf(words);

        assertThat(title).hasSizeLessThanOrEqualTo(80).endsWith("kata…");
        assertThat(NewServiceRequest.titleOf("x".repeat(200))).hasSize(80).endsWith("…");
    }

    @Test
    void aCutNeverSplitsAnEmoji() {
        String angry = "Jalan sial" + "\uD83D\uDE21".repeat(60); // 10 characters: character 79 is a high surrogate

        String title = NewServiceRequest.titleOf(angry);

        assertThat(title).endsWith("\uD83D\uDE21…").hasSizeLessThanOrEqualTo(80);
        assertThat(title.codePoints().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
    }

    @Test
    void keywordsAreShownCommaAndSpaceSeparated() {
        assertThat(Service.keywordsOf("jalan,lubang , jembatan,,")).isEqualTo("jalan, lubang, jembatan");
        assertThat(Service.keywordsOf(null)).isEmpty();
    }
}
