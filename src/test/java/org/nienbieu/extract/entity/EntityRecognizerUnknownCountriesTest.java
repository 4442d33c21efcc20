package org.nienbieu.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.model.Entity;
import org.nienbieu.model.EntityKind;
import org.nienbieu.model.EntityMention;

/** Countries, places and organisations no gazetteer lists, learned from their context in the article. */
class EntityRecognizerUnknownCountriesTest {

    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

    private static ArticleEntities recognise(String body) throws Exception {
        return RECOGNIZER.recognise(ArticleReader.parse("t", "date 2025-09-01\n" + body + "\n"));
    }

    private static Entity entity(ArticleEntities found, String id) {
        return found.entity(id).orElseThrow(() -> new AssertionError(id + " not in " + found.entities()));
    }

    @Test
    void aWordAfterAWordOfStateIsACountryAndAMinistryBeforeItItsGovernment() throws Exception {
        ArticleEntities found = recognise("Bộ Ngoại giao Morania hôm nay ra thông cáo phản đối. "
                + "Phía Tessaly bác bỏ mọi cáo buộc.");
        assertThat(entity(found, "country:tessaly").kind()).isEqualTo(EntityKind.COUNTRY);
        Entity ministry = entity(found, "government:bo-ngoai-giao-morania");
        assertThat(ministry.country()).contains("Morania");
    }

    @Test
    void aWordProvenACountryAnywhereIsACountryEverywhereInTheArticle() throws Exception {
        ArticleEntities found = recognise("Pellaria hôm qua đóng cửa biên giới. "
                + "Sau đó, các nhà ngoại giao Pellaria rời khỏi thủ đô.");
        assertThat(found.mentions()).filteredOn(m -> m.surface().equals("Pellaria"))
                .extracting(EntityMention::entityId).containsExactly("country:pellaria", "country:pellaria");
    }

    @Test
    void aWordCoordinatedWithAProvenCountryIsACountry() throws Exception {
        ArticleEntities found = recognise("Hai nước Drovia và Sarnland đã ký hiệp định biên giới.");
        assertThat(found.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).extracting(Entity::id)
                .containsExactlyInAnyOrder("country:drovia", "country:sarnland");
    }

    @Test
    void aWordCoordinatedWithAKnownCountryIsACountry() throws Exception {
        ArticleEntities found = recognise("Nhật Bản và Quenland đã nhất trí tăng cường hợp tác.");
        assertThat(found.entities()).extracting(Entity::id).contains("country:quenland");
    }

    @Test
    void theNationalitySlotOfTitlesNamingTwoPeopleIsSplitFromTheNames() throws Exception {
        ArticleEntities found = recognise("Ngoại trưởng Lunaria Tove Brekke đã gặp Thủ tướng Lunaria Aksel Dahl.");
        Entity brekke = entity(found, "person:tove-brekke");
        assertThat(brekke.country()).contains("Lunaria");
        assertThat(entity(found, "person:aksel-dahl").country()).contains("Lunaria");
        assertThat(found.entities()).extracting(Entity::id).contains("country:lunaria")
                .noneMatch(id -> id.contains("lunaria-"));
        EntityMention m = found.mentions().stream().filter(x -> x.entityId().equals("person:tove-brekke"))
                .findFirst().orElseThrow();
        assertThat(m.surface()).isEqualTo("Tove Brekke");
        assertThat(m.role()).isEqualTo(Optional.of("Ngoại trưởng"));
    }

    @Test
    void anAmbassadorOfOneCountryInACityIsSplitIntoCountryPlaceAndPerson() throws Exception {
        ArticleEntities found = recognise("Phía Brennmark triệu Đại sứ Ostland tại Harvik Jonas Lindqvist. "
                + "Hôm sau, Ostland đáp trả bằng việc trục xuất hai nhà ngoại giao Brennmark.");
        Entity lindqvist = entity(found, "person:jonas-lindqvist");
        assertThat(lindqvist.country()).contains("Ostland");
        assertThat(entity(found, "country:ostland").kind()).isEqualTo(EntityKind.COUNTRY);
        assertThat(entity(found, "place:harvik").kind()).isEqualTo(EntityKind.PLACE);
        assertThat(found.mentions()).filteredOn(x -> x.entityId().equals("person:jonas-lindqvist"))
                .extracting(EntityMention::role).containsExactly(Optional.of("Đại sứ"));
    }

    @Test
    void anUnknownCapitalOfTheOneCountryOfItsSentenceSpeaksForItsGovernment() throws Exception {
        ArticleEntities found = recognise("Tổng thống Carmora Elena Vasquez phát biểu tại thủ đô Solmar. "
                + "Chính phủ Carmora cho biết Solmar sẽ không nhượng bộ.");
        assertThat(found.mentions()).filteredOn(m -> m.surface().equals("Solmar"))
                .extracting(EntityMention::entityId).containsExactly("place:solmar", "government:solmar");
        assertThat(entity(found, "government:solmar").country()).contains("Carmora");
    }

    @Test
    void aCapitalInASentenceNamingTwoCountriesStaysAPlace() throws Exception {
        ArticleEntities found = recognise("Ngoại trưởng Drovia Ivo Kral và Ngoại trưởng Sarnland Pia Moen "
                + "hội đàm tại thủ đô Estmar. Chính phủ Drovia và chính phủ Sarnland hoan nghênh. "
                + "Estmar cho biết cuộc gặp thành công.");
        assertThat(found.entities()).extracting(Entity::id).contains("place:estmar")
                .doesNotContain("government:estmar");
    }

    @Test
    void aSurnameUsedAsASubjectIsNotACountry() throws Exception {
        ArticleEntities found = recognise("Ông Halvard Brekke tuyên bố sẽ từ chức. Brekke cũng bác bỏ cáo buộc. "
                + "Thủ tướng Henrik Aalto Berg tới Hà Nội. Thủ tướng Henrik Aalto Berg nói rằng Berg tuyên bố.");
        assertThat(found.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).isEmpty();
        assertThat(found.entities()).extracting(Entity::id).contains("person:henrik-aalto-berg");
    }

    @ParameterizedTest(name = "no learned country in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trong khi đó, phía Nam của thành phố bị mất điện.
            Tháng Giêng năm nay, quân đội Việt Nam diễn tập.
            Hội nghị diễn ra tại Hà Nội và Ông Brekke tuyên bố ủng hộ.
            Tổng thống Marta Lindgren Sol tuyên bố. Tổng thống Marta Lindgren Sol nói thêm.
            """)
    void learnsNoCountryFromSentenceInitialWordsDirectionsOrRepeatedNames(String sentence) throws Exception {
        ArticleEntities found = recognise(sentence);
        assertThat(found.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY)
                .allMatch(e -> e.id().equals("country:viet-nam"));
    }

    @Test
    void aWordOnlySeenOpeningSentencesIsNotLearnedEvenBeforeAStateVerb() throws Exception {
        ArticleEntities found = recognise("Gói trừng phạt mới có hiệu lực. Gói cấm xuất khẩu thép.");
        assertThat(found.entities()).noneMatch(e -> e.kind() == EntityKind.COUNTRY);
    }

    @Test
    void aPlaceBesideAKnownCountryIsNotACountry() throws Exception {
        ArticleEntities found = recognise("Hai bên gặp nhau tại Turkestan, Kazakhstan hồi tháng trước.");
        assertThat(entity(found, "place:turkestan").kind()).isEqualTo(EntityKind.PLACE);
        assertThat(found.entities()).extracting(Entity::id).doesNotContain("country:turkestan");
    }

    @Test
    void aCouncilHeadWithACapitalisedNameIsAnOrganisation() throws Exception {
        ArticleEntities found = recognise("Hội đồng Đông Lâm sẽ họp khẩn cấp tại Korvan vào tuần tới.");
        assertThat(entity(found, "organisation:hoi-dong-dong-lam").kind()).isEqualTo(EntityKind.ORGANISATION);
        assertThat(found.entities()).extracting(Entity::id).contains("place:korvan");
    }

    @Test
    void aLearnedCountryStartingAnOutletsNameInACreditStaysTheOutlet() throws Exception {
        ArticleEntities found = recognise("Thủ tướng Lunaria Aksel Dahl và Ngoại trưởng Lunaria Tove Brekke. "
                + "Ảnh: Lunaria Press.");
        assertThat(found.entities()).extracting(Entity::id).contains("media:lunaria-press");
    }

    @Test
    void theRegistryKeepsOneLearnedCountryAcrossArticles() throws Exception {
        EntityRegistry registry = new EntityRegistry();
        var first = registry.add(recognise("Phía Tessaly bác bỏ cáo buộc."));
        var second = registry.add(recognise("Ngoại trưởng Tessaly Nora Vik và Thủ tướng Tessaly Emil Sand gặp nhau."));
        assertThat(first.get("country:tessaly")).isEqualTo(second.get("country:tessaly"));
        assertThat(registry.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).hasSize(1);
    }
}
