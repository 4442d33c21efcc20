package org.nienbieu.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.model.Article;
import org.nienbieu.model.Entity;
import org.nienbieu.model.EntityKind;
import org.nienbieu.model.EntityMention;

class EntityRecognizerRulesTest {

    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

    private static ArticleEntities recognise(String date, String body) throws Exception {
        Article a = ArticleReader.parse("t", "date " + date + "\n" + body + "\n");
        return RECOGNIZER.recognise(a);
    }

    @ParameterizedTest(name = "no entity in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ông nói rằng cuộc họp diễn ra tốt đẹp.
            Tháng trước, hai bên đã gặp nhau.
            Trong khi đó, giá dầu tiếp tục tăng.
            Tổng thống cho biết sẽ xem xét lại đề xuất.
            Anh ấy không trả lời câu hỏi.
            Ảnh: minh họa.
            Bà nói thêm rằng không có gì thay đổi.
            Các nhà lãnh đạo châu Phi đã thông báo kế hoạch.
            """)
    void findsNoPersonInSentencesWithoutOne(String sentence) throws Exception {
        assertThat(recognise("2025-06-01", sentence).entities()).noneMatch(e -> e.kind() == EntityKind.PERSON);
    }

    @ParameterizedTest(name = "no title word as a person in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bộ trưởng Ngoại giao Cộng hòa Séc Jan Lipavský đến Hà Nội. | Jan Lipavský
            Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam Phạm Minh Chính tiếp đoàn. | Phạm Minh Chính
            Thứ trưởng Nông nghiệp Thái Lan Somchai Prasert dự hội nghị. | Somchai Prasert
            Bộ trưởng Kinh tế và Thương mại Hàn Quốc Lee Min Ho phát biểu. | Lee Min Ho
            """)
    void wordsThatContinueATitleAreNoNames(String sentence, String person) throws Exception {
        assertThat(recognise("2025-06-01", sentence).mentions())
                .filteredOn(m -> m.entityId().startsWith("person:")).extracting(EntityMention::surface)
                .containsExactly(person);
    }

    @Test
    void theoReutersIsAMediaSourceNotAPerson() throws Exception {
        ArticleEntities found = recognise("2025-06-01", "Theo Reuters, hai bên đã nhất trí.");
        assertThat(found.entities()).extracting(Entity::id).containsExactly("media:reuters");
    }

    @Test
    void aLaterBareSurnameJoinsTheFullNameOfAnUnknownPerson() throws Exception {
        ArticleEntities found = recognise("2025-06-01",
                "Đại sứ Kenya Joseph Mwangi đến Hà Nội. Mwangi nói rằng ông Mwangi rất vui.");
        assertThat(found.mentions()).extracting(EntityMention::entityId).filteredOn(id -> id.startsWith("person:"))
                .containsOnly("person:joseph-mwangi").hasSize(3);
        Entity mwangi = found.entity("person:joseph-mwangi").orElseThrow();
        assertThat(mwangi.country()).contains("Kenya");
        assertThat(mwangi.surfaceForms()).containsExactly("Joseph Mwangi", "Mwangi");
    }

    @Test
    void anEarlierBareSurnameJoinsAFullNameGivenLater() throws Exception {
        ArticleEntities found = recognise("2025-06-01",
                "Ông Wiśniewski đến sớm. Sau đó, ông Tomasz Wiśniewski phát biểu.");
        assertThat(found.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(Entity::id)
                .containsExactly("person:tomasz-wisniewski");
    }

    @Test
    void aVietnameseNameIsShortenedToTheGivenName() throws Exception {
        ArticleEntities found = recognise("2025-06-01",
                "Thứ trưởng Ngoại giao Đỗ Văn Hùng tiếp đoàn. Ông Hùng khẳng định quan hệ tốt đẹp.");
        assertThat(found.mentions()).filteredOn(m -> m.surface().equals("Hùng"))
                .extracting(EntityMention::entityId).containsExactly("person:do-van-hung");
    }

    @Test
    void aTitleOnlyReferenceResolvesToTheGazetteerHolderOfTheYear() throws Exception {
        assertThat(recognise("2023-03-01", "Tổng thống Mỹ cho biết sẽ gặp đồng minh.").entities())
                .extracting(Entity::id).contains("person:joe-biden");
        assertThat(recognise("2025-03-01", "Tổng thống Mỹ cho biết sẽ gặp đồng minh.").entities())
                .extracting(Entity::id).contains("person:donald-trump");
    }

    @Test
    void theRoleOfAPersonIsTheTitleAndTheSpanIsTheName() throws Exception {
        ArticleEntities found = recognise("2025-06-01", "Tổng thống Nga Vladimir Putin phát biểu.");
        EntityMention putin = found.mentions().stream().filter(m -> m.entityId().equals("person:vladimir-putin"))
                .findFirst().orElseThrow();
        assertThat(putin.surface()).isEqualTo("Vladimir Putin");
        assertThat(putin.role()).isEqualTo(Optional.of("Tổng thống"));
        assertThat(found.entities()).extracting(Entity::id).contains("country:nga");
    }

    @Test
    void offsetsPointIntoTheFileEvenWithDecomposedAndOldStyleTones() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Ngoại trưởng Pháp Jean-Noël Barrot tới Hà Nội.",
                java.text.Normalizer.Form.NFD).replace("hóa", "hoá");
        Article a = ArticleReader.parse("t", "\uFEFFdate 2025-06-01\n" + decomposed + "\n");
        ArticleEntities found = RECOGNIZER.recognise(a);
        assertThat(found.mentions()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(m -> assertThat(a.slice(m.start(), m.end())).isEqualTo(m.surface()));
        assertThat(found.entities()).extracting(Entity::id).contains("person:jean-noel-barrot", "place:ha-noi");
    }

    @Test
    void aHugeSingleLineIsScannedInBoundedTime() throws Exception {
        String sentence = "ông Witkoff gặp Tổng thống Nga Vladimir Putin tại Moscow và bàn về Ukraine ";
        String body = sentence.repeat(60_000); // ~4.5 MB, one line, no full stop
        Article a = ArticleReader.parse("big", "date 2025-06-01\n" + body);
        // A safety net against quadratic work, not a speed measurement.
        ArticleEntities found = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> RECOGNIZER.recognise(a));
        assertThat(found.mentions()).hasSizeGreaterThan(200_000);
    }

    @Test
    void theRegistryJoinsASurnameOnlyPersonToTheOneFullNameAcrossArticles() throws Exception {
        EntityRegistry registry = new EntityRegistry();
        var first = registry.add(recognise("2025-06-01", "Ông Mwangi phát biểu tại hội nghị."));
        registry.add(recognise("2025-06-02", "Đại sứ Kenya Joseph Mwangi đến Hà Nội."));
        assertThat(registry.canonicalId(first.get("person:mwangi"))).isEqualTo("person:joseph-mwangi");
        var third = registry.add(recognise("2025-06-03", "Ông Mwangi cho biết thêm."));
        assertThat(third.get("person:mwangi")).isEqualTo("person:joseph-mwangi");
        assertThat(registry.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).hasSize(1);
        assertThat(registry.entity("person:mwangi").orElseThrow().surfaceForms()).contains("Mwangi", "Joseph Mwangi");
    }

    @Test
    void theRegistryKeepsAnAmbiguousSurnameApart() throws Exception {
        EntityRegistry registry = new EntityRegistry();
        registry.add(recognise("2025-06-01", "Ông Peter Otieno và ông Mary Otieno phát biểu."));
        var later = registry.add(recognise("2025-06-02", "Ông Otieno cho biết thêm."));
        assertThat(later.get("person:otieno")).isEqualTo("person:otieno");
    }
}
