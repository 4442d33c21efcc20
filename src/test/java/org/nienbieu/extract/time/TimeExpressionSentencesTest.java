package org.nienbieu.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.model.Article;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Precision;
import org.nienbieu.model.TimeExpression;

/**
 * Real-looking news sentences, one a row: publication date, text (one or more sentences), the
 * expression expected and the days it covers. Rows with precision {@code none} name text that
 * must not be (part of) any expression: scores, fractions, durations, codes, ordinals.
 */
class TimeExpressionSentencesTest {

    private static TimeExpressionResolver resolver;

    @BeforeAll
    static void loadVocabulariesOnce() {
        resolver = new TimeExpressionResolver();
    }

    @ParameterizedTest(name = "[{index}] {2} in: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-11-26 | Bộ trưởng Ngoại giao Việt Nam đã hội đàm với người đồng cấp Singapore ngày 17/10 tại Hà Nội. | ngày 17/10 | 2025-10-17 | 2025-10-17 | day
            2025-11-26 | Hội nghị cấp cao ASEAN lần thứ 48 sẽ khai mạc ngày 5-12 tại Kuala Lumpur. | ngày 5-12 | 2025-12-05 | 2025-12-05 | day
            2025-08-07 | Hai nước đã ký bản ghi nhớ về hợp tác năng lượng ngày 6-8. | ngày 6-8 | 2025-08-06 | 2025-08-06 | day
            2025-11-26 | Hôm 25/11, Bộ Thương mại Trung Quốc tuyên bố tạm dừng một số biện pháp kiểm soát xuất khẩu. | Hôm 25/11 | 2025-11-25 | 2025-11-25 | day
            2025-12-04 | Chiều 2/12, Thủ tướng đã tiếp Đại sứ Nhật Bản chào từ biệt. | Chiều 2/12 | 2025-12-02 | 2025-12-02 | day
            2025-12-14 | Tối 15/12, đoàn đại biểu Quốc hội sẽ lên đường thăm chính thức Lào. | Tối 15/12 | 2025-12-15 | 2025-12-15 | day
            2025-06-01 | Hiệp định được ký kết ngày 15 tháng 5 năm 2025 tại Geneva. | ngày 15 tháng 5 năm 2025 | 2025-05-15 | 2025-05-15 | day
            2025-11-26 | Nga bắt đầu chiến dịch quân sự đặc biệt tại Ukraine từ ngày 24/2/2022. | ngày 24/2/2022 | 2022-02-24 | 2022-02-24 | day
            2025-11-26 | Văn kiện được công bố ngày 29/3/2022 sau nhiều vòng đàm phán. | ngày 29/3/2022 | 2022-03-29 | 2022-03-29 | day
            2025-12-01 | Người phát ngôn cho biết hôm nay 1/12 phái đoàn sẽ tới Moscow. | hôm nay 1/12 | 2025-12-01 | 2025-12-01 | day
            2025-01-05 | Tổng thống Mỹ đã ký sắc lệnh ngày 20/12 nhằm siết chặt kiểm soát xuất khẩu chip. | ngày 20/12 | 2024-12-20 | 2024-12-20 | day
            2024-12-30 | Hội nghị thượng đỉnh dự kiến diễn ra ngày 10/1 tại Brussels. | ngày 10/1 | 2025-01-10 | 2025-01-10 | day
            2025-03-15 | EU cho biết các biện pháp trừng phạt mới sẽ có hiệu lực từ ngày 1/4. | ngày 1/4 | 2025-04-01 | 2025-04-01 | day
            2025-03-15 | Cuộc bầu cử được tổ chức ngày 9/2 với tỷ lệ cử tri đi bầu cao. | ngày 9/2 | 2025-02-09 | 2025-02-09 | day
            2025-10-10 | Sáng 8/10 (giờ địa phương), Hội đồng Bảo an Liên hợp quốc đã bỏ phiếu thông qua nghị quyết. | Sáng 8/10 | 2025-10-08 | 2025-10-08 | day
            2025-12-06 | Đêm 5/12, quân đội Israel tiến hành các cuộc không kích vào Dải Gaza. | Đêm 5/12 | 2025-12-05 | 2025-12-05 | day
            2025-09-03 | Rạng sáng 2/9, lực lượng phòng không Ukraine đã bắn hạ nhiều máy bay không người lái. | Rạng sáng 2/9 | 2025-09-02 | 2025-09-02 | day
            2025-07-01 | Trưa 30/6, hai bên đã ký tuyên bố chung về đối tác chiến lược. | Trưa 30/6 | 2025-06-30 | 2025-06-30 | day
            2025-11-26 | Văn phòng Thủ tướng Anh ra thông báo vào sáng ngày 24/11. | sáng ngày 24/11 | 2025-11-24 | 2025-11-24 | day
            2025-06-18 | Ngoại trưởng Trung Quốc sẽ thăm Australia vào ngày 25.6.2025 theo lời mời của phía chủ nhà. | ngày 25.6.2025 | 2025-06-25 | 2025-06-25 | day
            2025-02-10 | Thỏa thuận ngừng bắn có hiệu lực vào ngày 19/1 sau 15 tháng giao tranh. | ngày 19/1 | 2025-01-19 | 2025-01-19 | day
            2025-11-26 | Bộ Ngoại giao Trung Quốc hôm 24/11 lên tiếng phản đối tuyên bố của Nhật Bản. | hôm 24/11 | 2025-11-24 | 2025-11-24 | day
            2025-04-02 | Vào 31/3, Nhà Trắng công bố danh sách thuế quan đối ứng. | 31/3 | 2025-03-31 | 2025-03-31 | day
            2025-11-26 | Cuộc họp kéo dài đến 20/11 mới kết thúc. | 20/11 | 2025-11-20 | 2025-11-20 | day
            2025-07-15 | Hai nước thiết lập quan hệ ngoại giao ngày 12/7/1995. | ngày 12/7/1995 | 1995-07-12 | 1995-07-12 | day
            2025-02-01 | Ông Trump đã tuyên thệ nhậm chức Tổng thống thứ 47 hôm 20/1. | hôm 20/1 | 2025-01-20 | 2025-01-20 | day
            2025-11-26 | Ngày 30/4/1975 là mốc son của lịch sử dân tộc. | Ngày 30/4/1975 | 1975-04-30 | 1975-04-30 | day
            2025-11-26 | Kể từ ngày 1/1/2026, các quy định mới về thuế sẽ có hiệu lực. | ngày 1/1/2026 | 2026-01-01 | 2026-01-01 | day
            2025-10-10 | Quốc hội khóa XV sẽ khai mạc kỳ họp thứ 10 vào ngày 20/10. | ngày 20/10 | 2025-10-20 | 2025-10-20 | day
            2025-12-01 | Các cuộc hội đàm sẽ diễn ra vào chiều 2/12. | chiều 2/12 | 2025-12-02 | 2025-12-02 | day
            2025-02-10 | Tổng thống Mỹ đã nhậm chức vào ngày 20 tháng 1. | ngày 20 tháng 1 | 2025-01-20 | 2025-01-20 | day
            2025-11-26 | Ngày 28 tháng này, hai bên sẽ ký hiệp định thương mại tự do. | Ngày 28 tháng này | 2025-11-28 | 2025-11-28 | day
            2025-03-15 | Hội nghị Bộ trưởng Ngoại giao ASEAN sẽ khai mạc vào ngày 20 tới. | ngày 20 tới | 2025-03-20 | 2025-03-20 | day
            2025-03-15 | Ngày 25/3 tới, Quốc hội sẽ họp phiên bất thường. | Ngày 25/3 tới | 2025-03-25 | 2025-03-25 | day
            2025-03-15 | Ngày 10/3 vừa qua, hai bên đã ký kết thỏa thuận. | Ngày 10/3 vừa qua | 2025-03-10 | 2025-03-10 | day
            2025-01-05 | Ngày 28/12 năm ngoái, hai nước đã trao đổi công hàm. | Ngày 28/12 năm ngoái | 2024-12-28 | 2024-12-28 | day
            2025-12-04 | Người phát ngôn Bộ Ngoại giao Trung Quốc hôm qua khẳng định lập trường nhất quán của Bắc Kinh. | hôm qua | 2025-12-03 | 2025-12-03 | day
            2025-12-04 | Sáng nay, Chủ tịch nước đã lên đường thăm cấp Nhà nước tới Hàn Quốc. | Sáng nay | 2025-12-04 | 2025-12-04 | day
            2025-12-04 | Tối qua, Hội đồng châu Âu đã nhất trí gia hạn các lệnh trừng phạt. | Tối qua | 2025-12-03 | 2025-12-03 | day
            2025-12-04 | Thủ tướng Israel hôm kia đã bác bỏ đề xuất ngừng bắn. | hôm kia | 2025-12-02 | 2025-12-02 | day
            2025-12-04 | Ngày mai, các bộ trưởng tài chính G20 sẽ nhóm họp tại Johannesburg. | Ngày mai | 2025-12-05 | 2025-12-05 | day
            2025-12-04 | Hai bên dự kiến ký thỏa thuận vào ngày kia. | ngày kia | 2025-12-06 | 2025-12-06 | day
            2025-12-04 | Hôm nay, Quốc hội thông qua nghị quyết về thí điểm cơ chế đặc thù. | Hôm nay | 2025-12-04 | 2025-12-04 | day
            2025-12-04 | Ngày 3/12, Ngoại trưởng Mỹ gặp người đồng cấp Ukraine tại Brussels. Cùng ngày, NATO công bố gói hỗ trợ mới. | Cùng ngày | 2025-12-03 | 2025-12-03 | day
            2025-10-20 | Ngày 14/10, hai bên nối lại đàm phán. Hai ngày sau, Cairo đưa ra đề xuất mới. | Hai ngày sau | 2025-10-16 | 2025-10-16 | day
            2025-10-20 | Ngày 14/10, hai bên nối lại đàm phán. Ngày hôm sau đó, Cairo đưa ra đề xuất mới. | Ngày hôm sau đó | 2025-10-15 | 2025-10-15 | day
            2023-07-01 | Ông Thabo Nkosi sáng 29/3 công bố kế hoạch 18 điểm về thanh toán bằng đồng nội tệ. | sáng 29/3 | 2023-03-29 | 2023-03-29 | day
            2015-09-24 | Ngoại trưởng Syria từ chối kế hoạch của Israel về việc dỡ bỏ các biện pháp hạn chế tháng 6. | tháng 6 | 2015-06-01 | 2015-06-30 | month
            2025-11-26 | Hai bên đã lên kế hoạch họp ngày 5/2 tại Hà Nội. | ngày 5/2 | 2026-02-05 | 2026-02-05 | day
            2025-10-20 | Phái đoàn đến Doha ngày 10/10. Ba ngày trước, ông đã điện đàm với Ngoại trưởng Qatar. | Ba ngày trước | 2025-10-07 | 2025-10-07 | day
            2025-04-13 | Hai bên gặp nhau hôm qua tại Muscat. Ba ngày trước cuộc gặp, Mỹ áp lệnh trừng phạt mới. | Ba ngày trước | 2025-04-09 | 2025-04-09 | day
            2025-04-13 | Hai bên gặp nhau hôm qua tại Muscat. Hai ngày sau chuyến thăm này, hai bên ra tuyên bố chung. | Hai ngày sau | 2025-04-14 | 2025-04-14 | day
            2025-04-13 | Ba ngày trước cuộc gặp, Mỹ áp lệnh trừng phạt mới. | Ba ngày trước | | | none
            2026-02-20 | Phe đối lập cho rằng chính phủ chỉ tính toán chính trị trước cuộc bầu cử quốc hội vào giữa tháng 11. | giữa tháng 11 | 2026-11-11 | 2026-11-20 | part-of-month
            2026-02-20 | Hai tuần trước cuộc bầu cử vào tháng 11, ông đã rút khỏi cuộc đua. | tháng 11 | 2025-11-01 | 2025-11-30 | month
            2025-12-20 | Căng thẳng gia tăng trước cuộc bầu cử vào tháng 11. | tháng 11 | 2025-11-01 | 2025-11-30 | month
            2025-04-13 | Hai bên gặp nhau hôm qua. Ba ngày trước cuộc bầu cử quốc hội vào tháng 3, phe đối lập đã rút lui. | Ba ngày trước | | | none
            2025-10-20 | Vòng đàm phán đầu tiên diễn ra ngày 2/10. Sau đó một tuần, hai bên gặp lại tại Cairo. | Sau đó một tuần | 2025-10-09 | 2025-10-09 | day
            2025-12-04 | Sáng hôm qua, phái đoàn Mỹ đã tới Điện Kremlin. | Sáng hôm qua | 2025-12-03 | 2025-12-03 | day
            2025-12-04 | Chiều mai, Thủ tướng sẽ chủ trì hội nghị trực tuyến với các địa phương. | Chiều mai | 2025-12-05 | 2025-12-05 | day
            2025-12-01 | Hôm qua (30/11), đoàn Ukraine đã hội đàm với phía Mỹ tại Florida. | Hôm qua (30/11) | 2025-11-30 | 2025-11-30 | day
            2025-10-20 | Ngày 15/10, ông Trump tiếp ông Netanyahu tại Nhà Trắng. Ngày hôm sau, hai bên ra tuyên bố chung. | Ngày hôm sau | 2025-10-16 | 2025-10-16 | day
            2025-11-26 | Nga và Ukraine trao đổi tù binh ngày 20/11. Cũng trong ngày hôm đó, Kiev bị tấn công bằng tên lửa. | ngày hôm đó | 2025-11-20 | 2025-11-20 | day
            2025-06-18 | Cuộc không kích diễn ra vào rạng sáng nay theo giờ địa phương. | rạng sáng nay | 2025-06-18 | 2025-06-18 | day
            2025-06-18 | Tổng thống Pháp tuyên bố cách đây ba ngày rằng Paris sẽ công nhận Nhà nước Palestine. | cách đây ba ngày | 2025-06-15 | 2025-06-15 | day
            2025-06-18 | Hai tuần nữa, hội nghị thượng đỉnh NATO sẽ diễn ra tại The Hague. | Hai tuần nữa | 2025-07-02 | 2025-07-02 | day
            2025-03-15 | Ngày 12/3, Bộ Ngoại giao ra tuyên bố. Trước đó một ngày, Bộ Quốc phòng đã ra thông báo. | Trước đó một ngày | 2025-03-11 | 2025-03-11 | day
            2025-03-15 | Ông Rubio đến Jeddah ngày 10/3. Ngày hôm trước, ông đã có mặt tại Riyadh. | Ngày hôm trước | 2025-03-09 | 2025-03-09 | day
            2025-10-10 | Ngày 9/10, Thủ tướng dự hội nghị về chuyển đổi số. Sáng cùng ngày, Thủ tướng đã tiếp Tổng Giám đốc WTO. | Sáng cùng ngày | 2025-10-09 | 2025-10-09 | day
            2025-11-26 | Tổng thống Zelensky sẽ tới Washington vào thứ Sáu. | thứ Sáu | 2025-11-28 | 2025-11-28 | day
            2025-11-26 | Ông Putin hôm thứ Hai đã chủ trì cuộc họp Hội đồng An ninh. | hôm thứ Hai | 2025-11-24 | 2025-11-24 | day
            2025-11-26 | Chủ nhật, hàng nghìn người biểu tình tại Tbilisi. | Chủ nhật | 2025-11-23 | 2025-11-23 | day
            2025-11-26 | Các ngoại trưởng EU sẽ họp vào thứ Hai tuần tới để bàn về gói trừng phạt thứ 20. | thứ Hai tuần tới | 2025-12-01 | 2025-12-01 | day
            2025-11-26 | Thủ tướng Đức đã gọi điện cho ông Trump vào thứ Sáu tuần trước. | thứ Sáu tuần trước | 2025-11-21 | 2025-11-21 | day
            2025-11-26 | Cuộc bỏ phiếu tại Hội đồng Bảo an sẽ diễn ra vào thứ 6 tới. | thứ 6 tới | 2025-11-28 | 2025-11-28 | day
            2025-11-26 | Sáng thứ 2, ông đã tiếp đoàn doanh nghiệp Hoa Kỳ. | Sáng thứ 2 | 2025-11-24 | 2025-11-24 | day
            2025-11-01 | Ông Tập Cận Bình và ông Trump đã gặp nhau tại Busan hôm thứ Năm (30/10). | hôm thứ Năm (30/10) | 2025-10-30 | 2025-10-30 | day
            2025-11-26 | Hôm Chủ nhật (23/11), Mỹ và Ukraine đã đàm phán tại Geneva. | Hôm Chủ nhật (23/11) | 2025-11-23 | 2025-11-23 | day
            2025-11-05 | Thủ tướng đã tiếp Đại sứ Lào vào thứ Năm (31/10). | thứ Năm (31/10) | 2025-10-31 | 2025-10-31 | day
            2025-12-01 | Ông Witkoff sẽ đến Moscow vào thứ Ba, ngày 2/12. | thứ Ba, ngày 2/12 | 2025-12-02 | 2025-12-02 | day
            2025-10-10 | Lễ ký kết dự kiến diễn ra vào Chủ nhật này tại Sharm el-Sheikh. | Chủ nhật này | 2025-10-12 | 2025-10-12 | day
            2025-10-10 | Ông Netanyahu đã có bài phát biểu trước Quốc hội vào thứ Tư vừa qua. | thứ Tư vừa qua | 2025-10-08 | 2025-10-08 | day
            2025-10-15 | Vào thứ Hai (13/10), các con tin cuối cùng còn sống đã được trả tự do. | thứ Hai (13/10) | 2025-10-13 | 2025-10-13 | day
            2025-10-17 | Thứ Năm (16/10), ông Trump điện đàm với ông Putin trong hơn 2 giờ. | Thứ Năm (16/10) | 2025-10-16 | 2025-10-16 | day
            2025-06-18 | Ông Araghchi đã có chuyến thăm Oman vào thứ Bảy tuần trước. | thứ Bảy tuần trước | 2025-06-14 | 2025-06-14 | day
            2016-07-25 | Ông Vos vừa kết thúc chuyến thăm Thổ Nhĩ Kỳ thứ Năm tuần trước. | thứ Năm tuần trước | 2016-07-21 | 2016-07-21 | day
            2025-11-26 | Ông Peskov hôm thứ Sáu cho biết Nga sẽ xem xét đề xuất. | hôm thứ Sáu | 2025-11-21 | 2025-11-21 | day
            2025-11-28 | Điện Kremlin hôm thứ Sáu thông báo hội đàm sẽ diễn ra tuần sau. | hôm thứ Sáu | 2025-11-28 | 2025-11-28 | day
            2025-11-26 | Kỳ thứ Hai của hội nghị diễn ra tại Hà Nội. | thứ Hai | | | none
            2025-06-18 | Hôm thứ Ba, Israel đã không kích các cơ sở hạt nhân. | Hôm thứ Ba | 2025-06-17 | 2025-06-17 | day
            2025-06-18 | Chủ nhật tới, cử tri Ba Lan sẽ đi bỏ phiếu vòng hai. | Chủ nhật tới | 2025-06-22 | 2025-06-22 | day
            2025-04-20 | Cuộc gặp sẽ diễn ra vào thứ Bảy (26/4) tại Rome. | thứ Bảy (26/4) | 2025-04-26 | 2025-04-26 | day
            2025-11-19 | Ông Dmitriev đã ở Miami từ ngày 24 đến 26/10. | từ ngày 24 đến 26/10 | 2025-10-24 | 2025-10-26 | days
            2025-10-20 | Diễn đàn kinh tế sẽ diễn ra 24-26/10 tại Hà Nội. | 24-26/10 | 2025-10-24 | 2025-10-26 | days
            2025-10-20 | Triển lãm quốc phòng quốc tế kéo dài từ 24/10 đến 2/11. | từ 24/10 đến 2/11 | 2025-10-24 | 2025-11-02 | days
            2025-10-20 | Phái đoàn sẽ ở Bắc Kinh trong ba ngày kể từ ngày 24/10. | ba ngày kể từ ngày 24/10 | 2025-10-24 | 2025-10-26 | days
            2025-11-26 | Cuộc tập trận chung diễn ra từ ngày 1/11 đến ngày 5/11 ở Biển Hoa Đông. | từ ngày 1/11 đến ngày 5/11 | 2025-11-01 | 2025-11-05 | days
            2025-12-20 | Hội nghị COP30 đã diễn ra tại Belem từ 10 đến 21/11. | từ 10 đến 21/11 | 2025-11-10 | 2025-11-21 | days
            2025-12-30 | Kỳ nghỉ lễ kéo dài từ 31/12 đến 4/1. | từ 31/12 đến 4/1 | 2025-12-31 | 2026-01-04 | days
            2025-05-10 | Lễ kỷ niệm sẽ được tổ chức ngày 19 và 20/5 tại Hà Nội. | ngày 19 và 20/5 | 2025-05-19 | 2025-05-20 | days
            2025-01-20 | Phái đoàn đã làm việc tại Jakarta từ ngày 6/1 đến nay. | từ ngày 6/1 đến nay | 2025-01-06 | 2025-01-20 | days
            2025-09-15 | Từ 29/9 – 3/10, Tổng Bí thư sẽ thăm chính thức Cộng hòa Ireland. | Từ 29/9 – 3/10 | 2025-09-29 | 2025-10-03 | days
            2025-06-18 | Hội nghị thượng đỉnh NATO sẽ diễn ra ngày 24-25/6 tại The Hague. | ngày 24-25/6 | 2025-06-24 | 2025-06-25 | days
            2025-11-26 | Diễn đàn Kinh tế Thế giới sẽ họp tại Davos từ ngày 19 đến ngày 23/1. | từ ngày 19 đến ngày 23/1 | 2026-01-19 | 2026-01-23 | days
            2025-11-26 | Hội nghị được tổ chức trong hai ngày 27 và 28/11. | ngày 27 và 28/11 | 2025-11-27 | 2025-11-28 | days
            2025-11-26 | Tuần trước, ông Trump đã ký ban hành luật công bố hồ sơ Epstein. | Tuần trước | 2025-11-17 | 2025-11-23 | week
            2025-11-26 | Các nhà đàm phán Mỹ và Ukraine sẽ gặp lại nhau trong tuần này. | tuần này | 2025-11-24 | 2025-11-30 | week
            2025-11-26 | Ngoại trưởng Rubio sẽ thăm Trung Đông vào tuần tới. | tuần tới | 2025-12-01 | 2025-12-07 | week
            2025-08-07 | Ông Trump có thể gặp ông Putin sớm nhất là vào tuần tới. | tuần tới | 2025-08-11 | 2025-08-17 | week
            2025-06-18 | Tuần tới, Ngoại trưởng Mỹ sẽ công du châu Á. | Tuần tới | 2025-06-23 | 2025-06-29 | week
            2025-11-26 | Cuối tuần này, ông Witkoff sẽ tới Moscow. | Cuối tuần này | 2025-11-29 | 2025-11-30 | days
            2025-11-26 | Giá dầu đã tăng mạnh trong tuần qua. | tuần qua | 2025-11-20 | 2025-11-26 | days
            2025-12-01 | Cuối tuần qua, hàng chục nghìn người đã xuống đường tại Belgrade. | Cuối tuần qua | 2025-11-29 | 2025-11-30 | days
            2025-12-03 | Đầu tuần tới, Ngoại trưởng sẽ dự hội nghị tại Brussels. | Đầu tuần tới | 2025-12-08 | 2025-12-09 | days
            2025-06-18 | Tổng thống Iran dự kiến sẽ tham dự hội nghị vào cuối tuần. | cuối tuần | 2025-06-21 | 2025-06-22 | days
            2025-11-26 | Đề xuất hòa bình 28 điểm xuất hiện đầu tháng này. | đầu tháng này | 2025-11-01 | 2025-11-10 | part-of-month
            2025-12-01 | Tháng trước, Mỹ đã đưa ra một đề xuất hòa bình mới. | Tháng trước | 2025-11-01 | 2025-11-30 | month
            2025-11-26 | Xuất khẩu của Trung Quốc sang Mỹ đã giảm mạnh trong tháng 10. | tháng 10 | 2025-10-01 | 2025-10-31 | month
            2025-11-26 | Hội nghị thượng đỉnh G20 tiếp theo sẽ diễn ra vào tháng 12 năm tới tại Mỹ. | tháng 12 năm tới | 2026-12-01 | 2026-12-31 | month
            2025-11-26 | Nga và Ukraine đã đàm phán trực tiếp tại Istanbul hồi tháng 5. | tháng 5 | 2025-05-01 | 2025-05-31 | month
            2025-11-26 | Thỏa thuận được ký vào tháng 9 năm ngoái. | tháng 9 năm ngoái | 2024-09-01 | 2024-09-30 | month
            2025-11-26 | Quân đội Nga tuyên bố kiểm soát thành phố này vào tháng 3/2022. | tháng 3/2022 | 2022-03-01 | 2022-03-31 | month
            2025-11-26 | Thủ tướng sẽ thăm Nhật Bản vào giữa tháng 12. | giữa tháng 12 | 2025-12-11 | 2025-12-20 | part-of-month
            2025-11-26 | Cuộc khủng hoảng chính trị bùng phát từ cuối tháng 7. | cuối tháng 7 | 2025-07-21 | 2025-07-31 | part-of-month
            2025-10-05 | Phái đoàn thương mại sẽ sang Washington vào trung tuần tháng 10. | trung tuần tháng 10 | 2025-10-11 | 2025-10-20 | part-of-month
            2025-10-05 | Hạ tuần tháng 9, Liên hợp quốc đã tổ chức tuần lễ cấp cao. | Hạ tuần tháng 9 | 2025-09-21 | 2025-09-30 | part-of-month
            2025-10-05 | Thượng tuần tháng 11, Chủ tịch nước sẽ dự Tuần lễ Cấp cao APEC. | Thượng tuần tháng 11 | 2025-11-01 | 2025-11-10 | part-of-month
            2025-11-26 | Tháng tới, Việt Nam sẽ đảm nhận vai trò chủ tịch luân phiên. | Tháng tới | 2025-12-01 | 2025-12-31 | month
            2025-11-26 | Lạm phát trong tháng này được dự báo ở mức 3%. | tháng này | 2025-11-01 | 2025-11-30 | month
            2025-11-26 | Sản lượng dầu của OPEC+ đã tăng trong tháng qua. | tháng qua | 2025-10-27 | 2025-11-26 | days
            2025-03-05 | Hội nghị sẽ được tổ chức vào tháng Mười tại Hà Nội. | tháng Mười | 2025-10-01 | 2025-10-31 | month
            2025-11-26 | Giá gạo thường tăng vào tháng Chạp. | tháng Chạp | 2025-12-01 | 2025-12-31 | month
            2025-11-26 | Cuối tháng 11 này, hai nước sẽ tổ chức đối thoại chiến lược. | Cuối tháng 11 này | 2025-11-21 | 2025-11-30 | part-of-month
            2025-06-18 | Thủ tướng Ấn Độ sẽ thăm Việt Nam vào đầu tháng tới. | đầu tháng tới | 2025-07-01 | 2025-07-10 | part-of-month
            2025-06-18 | Hội nghị Shangri-La diễn ra cuối tháng trước tại Singapore. | cuối tháng trước | 2025-05-21 | 2025-05-31 | part-of-month
            2022-09-19 | Theo TASS, tháng trước Pakistan đã chi khoảng 7,5 tỷ USD cho quốc phòng. | tháng trước | 2022-08-01 | 2022-08-31 | month
            2017-01-18 | Ông Nam từ chối kế hoạch của Singapore về hợp tác kinh tế, thương mại và đầu tư tuần trước. | tuần trước | 2017-01-09 | 2017-01-15 | week
            2020-03-14 | Ngoại trưởng Oman tuần trước tuyên bố Oman sẵn sàng khôi phục đối thoại hạt nhân. | tuần trước | 2020-03-02 | 2020-03-08 | week
            2018-04-18 | Thủ tướng Australia giữa tháng trước tuyên bố Australia sẵn sàng bảo đảm tự do hàng hải. | giữa tháng trước | 2018-03-11 | 2018-03-20 | part-of-month
            2016-09-29 | Ông Kim cuối tuần trước tuyên bố Hàn Quốc sẵn sàng giảm căng thẳng. | cuối tuần trước | 2016-09-24 | 2016-09-25 | days
            2025-02-16 | Theo Al Jazeera, cuối tháng trước Nga đã chi khoảng 59 tỷ USD cho quốc phòng. | cuối tháng trước | 2025-01-21 | 2025-01-31 | part-of-month
            2025-11-26 | Căng thẳng gia tăng trong tháng trước cuộc bầu cử. | tháng trước | | | none
            2025-03-15 | Tháng 2 vừa qua, kim ngạch xuất khẩu giảm 5%. | Tháng 2 vừa qua | 2025-02-01 | 2025-02-28 | month
            2025-01-05 | Cuộc bầu cử tổng thống sẽ diễn ra vào tháng 2. | tháng 2 | 2025-02-01 | 2025-02-28 | month
            2025-01-05 | Trong tháng 12, số vụ tấn công mạng đã tăng gấp đôi. | tháng 12 | 2024-12-01 | 2024-12-31 | month
            2025-10-10 | Ông Tập Cận Bình và ông Trump dự kiến gặp nhau bên lề APEC vào cuối tháng này. | cuối tháng này | 2025-10-21 | 2025-10-31 | part-of-month
            2025-10-10 | Nhật Bản sẽ bầu thủ tướng mới vào giữa tháng. | giữa tháng | 2025-10-11 | 2025-10-20 | part-of-month
            2025-10-10 | Nhiệm kỳ thứ 2 của ông đã bắt đầu từ tháng 1. | tháng 1 | 2025-01-01 | 2025-01-31 | month
            2025-11-26 | Tăng trưởng GDP quý III đạt 8,2%, cao nhất trong nhiều năm. | quý III | 2025-07-01 | 2025-09-30 | quarter
            2025-11-26 | Kinh tế Đức dự kiến phục hồi trong quý I/2026. | quý I/2026 | 2026-01-01 | 2026-03-31 | quarter
            2025-11-26 | Số đơn hàng xuất khẩu đã giảm trong quý trước. | quý trước | 2025-07-01 | 2025-09-30 | quarter
            2025-11-26 | Chính phủ sẽ công bố gói kích thích vào quý 4 năm nay. | quý 4 năm nay | 2025-10-01 | 2025-12-31 | quarter
            2025-10-10 | Tỷ lệ thất nghiệp quý II năm 2025 giảm xuống 2,2%. | quý II năm 2025 | 2025-04-01 | 2025-06-30 | quarter
            2025-11-26 | Ông Trump dự kiến thăm Trung Quốc vào mùa xuân năm tới. | mùa xuân năm tới | 2026-03-01 | 2026-05-31 | season
            2025-11-26 | Hội nghị được tổ chức vào mùa hè năm nay tại Vilnius. | mùa hè năm nay | 2025-06-01 | 2025-08-31 | season
            2025-11-26 | Nga có thể mở cuộc tấn công mới trong mùa đông này. | mùa đông này | 2025-12-01 | 2026-02-28 | season
            2025-03-15 | Mùa thu năm ngoái, hai nước đã nâng cấp quan hệ. | Mùa thu năm ngoái | 2024-09-01 | 2024-11-30 | season
            2025-01-05 | Nga đã tăng cường tấn công hạ tầng năng lượng Ukraine trong mùa đông. | mùa đông | 2024-12-01 | 2025-02-28 | season
            2025-11-26 | Kim ngạch thương mại song phương đạt 180 tỷ USD trong năm 2024. | năm 2024 | 2024-01-01 | 2024-12-31 | year
            2025-11-26 | Năm ngoái, EU đã thông qua Đạo luật Trí tuệ nhân tạo. | Năm ngoái | 2024-01-01 | 2024-12-31 | year
            2025-11-26 | Việt Nam đặt mục tiêu tăng trưởng 8% trong năm nay. | năm nay | 2025-01-01 | 2025-12-31 | year
            2025-11-26 | Năm tới, Philippines sẽ giữ vai trò Chủ tịch ASEAN. | Năm tới | 2026-01-01 | 2026-12-31 | year
            2025-11-26 | Dự án đường sắt sẽ hoàn thành vào cuối năm nay. | cuối năm nay | 2025-10-01 | 2025-12-31 | quarter
            2025-11-26 | Đầu năm 2025, Mỹ đã áp thuế bổ sung với hàng hóa Trung Quốc. | Đầu năm 2025 | 2025-01-01 | 2025-03-31 | quarter
            2025-11-26 | Trong nửa đầu năm, xuất khẩu tăng 16%. | nửa đầu năm | 2025-01-01 | 2025-06-30 | year
            2025-11-26 | Số người nhập cư vào EU đã giảm mạnh trong năm qua. | năm qua | 2024-11-27 | 2025-11-26 | days
            2025-11-26 | Giai đoạn 2021-2025, GDP bình quân tăng khoảng 6,3%/năm. | 2021-2025 | 2021-01-01 | 2025-12-31 | year
            2025-11-26 | Hai nước thiết lập quan hệ ngoại giao năm 1973. | năm 1973 | 1973-01-01 | 1973-12-31 | year
            2025-11-26 | Đảng Dân chủ hy vọng giành lại Hạ viện vào năm sau. | năm sau | 2026-01-01 | 2026-12-31 | year
            2025-11-26 | Hiệp định được ký hồi 2019 nhưng chưa được phê chuẩn. | 2019 | 2019-01-01 | 2019-12-31 | year
            2025-11-26 | Giữa năm ngoái, hai nước đã nâng cấp quan hệ lên Đối tác chiến lược toàn diện. | Giữa năm ngoái | 2024-04-01 | 2024-09-30 | year
            2025-11-26 | Hai nước nhất trí nâng kim ngạch lên 1.000 tỷ USD vào năm 2030. | năm 2030 | 2030-01-01 | 2030-12-31 | year
            2025-11-26 | Trong 3 ngày tới, Bộ Ngoại giao sẽ tổ chức họp báo quốc tế. | 3 ngày tới | 2025-11-27 | 2025-11-29 | days
            2025-11-26 | Giá vàng đã tăng 5% trong 2 tuần qua. | 2 tuần qua | 2025-11-13 | 2025-11-26 | days
            2025-11-26 | Mười năm trước, hai nước ký hiệp định khung. | Mười năm trước | 2015-01-01 | 2015-12-31 | year
            2025-11-26 | Ông sẽ rời nhiệm sở sau ba tháng nữa. | ba tháng nữa | 2026-02-01 | 2026-02-28 | month
            2025-11-26 | Cách đây 5 năm, đại dịch đã làm gián đoạn chuỗi cung ứng toàn cầu. | Cách đây 5 năm | 2020-01-01 | 2020-12-31 | year
            2025-11-26 | Trong vài ngày tới, các nhà lãnh đạo EU sẽ họp khẩn. | vài ngày tới | | | undated
            2025-11-26 | Những ngày gần đây, căng thẳng leo thang ở biên giới. | Những ngày gần đây | | | undated
            2025-11-26 | Ông Lavrov cho biết cuộc gặp có thể diễn ra trong những tuần tới. | những tuần tới | | | undated
            2025-11-26 | Mỹ đưa ra kế hoạch hòa bình 28 điểm cho Ukraine. | 28 điểm | | | none
            2025-11-26 | Đề xuất 20 điểm của ông Trump về Gaza được nhiều nước ủng hộ. | 20 điểm | | | none
            2025-11-26 | Cuộc điện đàm kéo dài 2 tiếng rưỡi. | 2 tiếng rưỡi | | | none
            2025-11-26 | Hai bên hội đàm suốt 3 giờ đồng hồ tại Moscow. | 3 giờ đồng hồ | | | none
            2025-11-26 | Cuộc thảo luận tại Điện Kremlin kéo dài hơn 5 giờ. | 5 giờ | | | none
            2025-11-26 | Nga hiện kiểm soát khoảng 1/5 lãnh thổ Ukraine. | 1/5 | | | none
            2025-11-26 | Lực lượng này chiếm tới 1/3 lãnh thổ của nước này. | 1/3 | | | none
            2025-11-26 | Hơn 1/4 dân số Gaza đang đối mặt với nạn đói. | 1/4 | | | none
            2025-11-26 | Dự luật được thông qua tại ủy ban với tỷ lệ phiếu 3-1. | 3-1 | | | none
            2025-11-26 | Tòa án giữ nguyên phán quyết với tỷ số 2-0 nghiêng về chính phủ. | 2-0 | | | none
            2025-11-26 | Đại dịch Covid-19 đã làm thay đổi quan hệ thương mại toàn cầu. | 19 | | | none
            2025-11-26 | Các nhà lãnh đạo G7 nhất trí tăng cường hỗ trợ Ukraine. | G7 | | | none
            2025-11-26 | Ukraine đã nhận lô tiêm kích F-16 đầu tiên. | 16 | | | none
            2025-11-26 | Thuế quan đối với thép tăng lên 50%. | 50% | | | none
            2025-11-26 | Mọi thắc mắc xin liên hệ đường dây nóng 024.3825.1234 của Bộ. | 3825 | | | none
            2025-11-26 | Theo Điều 5 của Hiệp ước NATO, tấn công một thành viên là tấn công toàn khối. | Điều 5 | | | none
            2025-11-26 | Nghị định 15/2020/NĐ-CP quy định xử phạt vi phạm hành chính. | 15/2020 | | | none
            2025-11-26 | Gói viện trợ trị giá 2,5 triệu USD sẽ được giải ngân. | 2,5 | | | none
            2025-11-26 | Đây là lần thứ hai hai nhà lãnh đạo gặp nhau. | thứ hai | | | none
            2025-11-26 | Thứ hai, các bên cần cam kết không sử dụng vũ lực. | Thứ hai | | | none
            2025-11-26 | Ngày nay, quan hệ hai nước đã phát triển mạnh mẽ. | Ngày nay | | | none
            2025-11-26 | Mới đây, Bộ Ngoại giao đã ra thông cáo về vụ việc. | Mới đây | | | none
            2025-11-26 | Tòa án tối cao bác bỏ đơn kháng cáo với tỷ lệ 6/3 thẩm phán. | 6/3 | | | none
            2025-11-26 | Mỗi tháng hai lần, các bên trao đổi thông tin tình báo. | tháng hai | | | none
            2025-11-26 | Hiện nay, hai nước có hơn 10 cơ chế đối thoại. | Hiện nay | | | none
            2025-11-26 | Ông là người thứ ba giữ chức vụ này. | thứ ba | | | none
            2025-11-26 | Kế hoạch gồm 3 giai đoạn, kéo dài 12 tháng. | 12 tháng | | | none
            2025-11-26 | Cuối cùng, hai bên đã đạt được đồng thuận. | Cuối | | | none
            2025-11-26 | Chủ tịch Trung Quốc tới Hà Nội bằng chuyên cơ Boeing 747. | 747 | | | none
            2025-11-26 | Ủy ban đã thông qua dự luật với 7 phiếu thuận, 2 phiếu chống. | 7 phiếu | | | none
            2025-11-26 | Tên lửa Tomahawk có tầm bắn khoảng 2.500 km. | 2.500 | | | none
            2025-11-26 | Ông cảnh báo chỉ vài ngày trước chuyến thăm của ông Zelensky. | vài ngày trước | | | none
            2025-11-26 | Hai ngày sau khi lệnh ngừng bắn có hiệu lực, giao tranh lại nổ ra. | Hai ngày sau | | | none
            2025-11-26 | Cơ quan này có hơn 1.200 nhân viên làm việc tại 17 quốc gia. | 17 | | | none
            2025-11-26 | Hội đồng gồm 15 thành viên, trong đó có 5 thành viên thường trực. | 15 | | | none
            """)
    void resolvesTheExpressionOfANewsSentence(LocalDate published, String sentence, String expected,
                                               LocalDate first, LocalDate last, String precision) throws Exception {
        check(published, sentence, expected, first, last, precision);
    }

    /**
     * Clock times before a day, a live blog's clock headings, {@code cùng ngày} after a range, a bare
     * quarter with no tense, rates, names and round-the-clock service that are no dates.
     */
    @ParameterizedTest(name = "[{index}] {2} in: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-05-20 | Lúc 8 giờ sáng 19/5, Chủ tịch nước đặt vòng hoa tại Đài tưởng niệm. | 8 giờ sáng 19/5 | 2025-05-19 | 2025-05-19 | day
            2025-05-20 | Đúng 14 giờ 15 chiều 19/5, hai đoàn bắt đầu hội đàm. | 14 giờ 15 chiều 19/5 | 2025-05-19 | 2025-05-19 | day
            2025-05-20 | Máy bay chở đoàn cất cánh lúc 6 giờ 30 phút sáng nay. | 6 giờ 30 phút sáng nay | 2025-05-20 | 2025-05-20 | day
            2025-05-20 | Sáng 18/5, đoàn tới Viêng Chăn. Lúc 20h cùng ngày, hai bên dự tiệc chiêu đãi. | 20h cùng ngày | 2025-05-18 | 2025-05-18 | day
            2025-05-20 | 10h45: Ngoại trưởng Pháp tới Kiev trong chuyến thăm không báo trước. | 10h45 | 2025-05-20 | 2025-05-20 | day
            2025-05-20 | Hội đàm kéo dài 3 giờ 30 phút, từ 9h đến 12h30. | giờ | | | none
            2025-05-20 | Hai ngoại trưởng điện đàm hơn 2 giờ chiều 19/5. | chiều 19/5 | 2025-05-19 | 2025-05-19 | day
            2025-08-10 | Sáng 7/8, ông tới Tokyo trong chuyến thăm từ ngày 6 đến 9/8. Cùng ngày, ông hội kiến Thủ tướng Nhật Bản. | Cùng ngày | 2025-08-07 | 2025-08-07 | day
            2025-11-20 | Vòng đàm phán thứ ba, tổ chức tại Bangkok trong quý II, không đạt kết quả. | quý II | 2025-04-01 | 2025-06-30 | quarter
            2025-11-20 | Tăng trưởng quý IV được dự báo đạt 8%. | quý IV | 2025-10-01 | 2025-12-31 | quarter
            2025-11-26 | Hai bộ sẽ họp mỗi quý một lần để rà soát tiến độ. | quý | | | none
            2025-11-26 | Hội đồng họp định kỳ hằng quý hai lần. | quý | | | none
            2025-11-26 | Lễ khai mạc sẽ mở đầu Năm Du lịch Quốc gia tại Huế. | Năm | | | none
            2025-11-26 | Tổng đài bảo hộ công dân trực 24/7 trong dịp Tết. | 24/7 | | | none
            2025-11-26 | Trung tâm điều hành duy trì đường dây nóng 24/7. | 24/7 | | | none
            2025-08-01 | Hiệp định đã được ký vào 24/7 tại Viêng Chăn. | 24/7 | 2025-07-24 | 2025-07-24 | day
            2025-11-26 | Việt Nam từng là Ủy viên không thường trực Hội đồng Bảo an các năm 2008 và 2020. | 2020 | 2020-01-01 | 2020-12-31 | year
            2025-09-26 | Tối 24/9 (giờ New York), Thủ tướng dự tiệc chiêu đãi. | Tối 24/9 | 2025-09-24 | 2025-09-24 | day
            """)
    void resolvesClocksAndNewsConventions(LocalDate published, String sentence, String expected,
                                          LocalDate first, LocalDate last, String precision) throws Exception {
        check(published, sentence, expected, first, last, precision);
    }

    private static void check(LocalDate published, String sentence, String expected,
                              LocalDate first, LocalDate last, String precision) throws Exception {
        Article article = ArticleReader.parse("row", " date " + published + " " + sentence);
        List<TimeExpression> found = resolver.resolve(article);
        for (TimeExpression e : found) {
            assertThat(article.slice(e.start(), e.end())).isEqualTo(e.text());
        }
        if (precision.equals("none")) {
            assertThat(found).as("nothing containing '%s' is a time expression", expected)
                    .noneMatch(e -> e.text().contains(expected));
            return;
        }
        assertThat(found).extracting(TimeExpression::text).contains(expected);
        TimeExpression e = found.stream().filter(x -> x.text().equals(expected)).findFirst().orElseThrow();
        DateSpan wanted = precision.equals("undated") ? DateSpan.undated()
                : DateSpan.of(first, last, Precision.fromLabel(precision));
        assertThat(e.date()).as("'%s' in '%s'", expected, sentence).isEqualTo(wanted);
    }
}
