package org.nienbieu.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.model.Article;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.TimeExpression;

/**
 * Sentences written as a blind evaluation set (expectations fixed before the resolver saw them),
 * kept as a regression test: each row lists every expression of the sentence, so nothing may be
 * missed and nothing extra found. Format of an expectation: {@code text=first..last/precision},
 * or {@code text=undated}; several are separated by {@code ;}; none means no expression at all.
 */
class TimeExpressionWholeSentenceTest {

    private static TimeExpressionResolver resolver;

    @BeforeAll
    static void loadVocabulariesOnce() {
        resolver = new TimeExpressionResolver();
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-11-27 | Chiều 26/11, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Ngoại giao Hà Lan đang ở thăm chính thức Việt Nam từ ngày 25 đến 27/11. | Chiều 26/11=2025-11-26..2025-11-26/day; từ ngày 25 đến 27/11=2025-11-25..2025-11-27/days
            2025-11-27 | Theo kế hoạch, Hội nghị Trung ương sẽ khai mạc vào đầu tháng 12 tới. | đầu tháng 12 tới=2025-12-01..2025-12-10/part-of-month
            2025-11-27 | Bộ Ngoại giao Trung Quốc ngày 26/11 triệu Đại sứ Nhật Bản để phản đối phát biểu của Thủ tướng Takaichi hôm 7/11. | ngày 26/11=2025-11-26..2025-11-26/day; hôm 7/11=2025-11-07..2025-11-07/day
            2025-11-27 | Giá dầu Brent giảm 1,2% trong phiên giao dịch sáng nay, xuống còn 62,5 USD/thùng. | sáng nay=2025-11-27..2025-11-27/day
            2025-11-27 | Tổng thống Putin sẽ thăm Ấn Độ vào ngày 4-5/12, theo Điện Kremlin. | ngày 4-5/12=2025-12-04..2025-12-05/days
            2025-11-27 | Năm 2026 sẽ là năm Việt Nam tổ chức Đại hội Đảng lần thứ XIV. | Năm 2026=2026-01-01..2026-12-31/year
            2025-11-27 | Ông Witkoff dự kiến tới Moscow vào tuần sau để trình bày bản kế hoạch sửa đổi. | tuần sau=2025-12-01..2025-12-07/week
            2025-11-27 | Hôm thứ Ba (25/11), Tổng thống Trump tuyên bố ông đã chỉ thị cho đặc phái viên gặp ông Putin. | Hôm thứ Ba (25/11)=2025-11-25..2025-11-25/day
            2025-11-27 | Từ đầu năm đến nay, kim ngạch xuất khẩu của Việt Nam sang EU đạt hơn 50 tỷ USD. | đầu năm=2025-01-01..2025-03-31/quarter
            2025-11-27 | Tòa án Hiến pháp Hàn Quốc đã tuyên bố phế truất ông Yoon Suk Yeol hồi tháng 4. | tháng 4=2025-04-01..2025-04-30/month
            2025-11-27 | Trong 10 tháng đầu năm, Việt Nam đón hơn 17 triệu lượt khách quốc tế. | 10 tháng đầu năm=2025-01-01..2025-10-31/month
            2025-11-27 | Thượng viện Mỹ đã bỏ phiếu thông qua dự luật ngân sách vào tối 12/11, chấm dứt đợt đóng cửa chính phủ kéo dài 43 ngày. | tối 12/11=2025-11-12..2025-11-12/day
            2025-11-27 | Đợt đóng cửa chính phủ bắt đầu từ ngày 1/10. | ngày 1/10=2025-10-01..2025-10-01/day
            2025-11-27 | Ngày 24/11, Liên minh châu Âu đã đưa ra đề xuất phản hồi gồm 24 điểm. | Ngày 24/11=2025-11-24..2025-11-24/day
            2025-11-27 | Bà Kaja Kallas cho biết các ngoại trưởng EU sẽ thảo luận vấn đề này vào thứ Hai tới. | thứ Hai tới=2025-12-01..2025-12-01/day
            2025-11-27 | Cuối tháng trước, ông Tập Cận Bình và ông Trump đã gặp nhau tại Busan, Hàn Quốc. | Cuối tháng trước=2025-10-21..2025-10-31/part-of-month
            2025-11-27 | Thỏa thuận đình chiến thương mại có hiệu lực trong một năm kể từ ngày 10/11. | một năm kể từ ngày 10/11=2025-11-10..2026-11-09/days
            2025-11-27 | Hội nghị thượng đỉnh ASEAN lần thứ 47 đã diễn ra tại Kuala Lumpur từ 26 đến 28/10. | từ 26 đến 28/10=2025-10-26..2025-10-28/days
            2025-11-27 | Timor-Leste chính thức trở thành thành viên thứ 11 của ASEAN hôm 26/10. | hôm 26/10=2025-10-26..2025-10-26/day
            2025-11-27 | Lực lượng Israel đã rút về "lằn ranh vàng" theo thỏa thuận ngừng bắn có hiệu lực từ trưa 10/10. | trưa 10/10=2025-10-10..2025-10-10/day
            2025-11-27 | Các cuộc đàm phán giai đoạn hai dự kiến bắt đầu vào tháng tới. | tháng tới=2025-12-01..2025-12-31/month
            2025-11-27 | Hội đồng Bảo an đã thông qua Nghị quyết 2803 hôm 17/11 với 13 phiếu thuận. | hôm 17/11=2025-11-17..2025-11-17/day
            2025-11-27 | Trong năm 2024, thương mại hai chiều Việt Nam - Hàn Quốc đạt 86 tỷ USD. | năm 2024=2024-01-01..2024-12-31/year
            2025-11-27 | Hai bên nhất trí phấn đấu đưa kim ngạch lên 150 tỷ USD vào năm 2030. | năm 2030=2030-01-01..2030-12-31/year
            2025-11-27 | Ngoại trưởng Nga Sergei Lavrov sẽ thăm Triều Tiên vào cuối tuần này. | cuối tuần này=2025-11-29..2025-11-30/days
            2025-11-27 | Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng chiều qua trả lời câu hỏi của phóng viên về vấn đề Biển Đông. | chiều qua=2025-11-26..2025-11-26/day
            2025-11-27 | Mùa hè năm 2024, ông Biden tuyên bố rút lui khỏi cuộc đua vào Nhà Trắng. | Mùa hè năm 2024=2024-06-01..2024-08-31/season
            2025-11-27 | Theo Bộ Công Thương, trong quý III/2025, xuất khẩu nông sản tăng 12%. | quý III/2025=2025-07-01..2025-09-30/quarter
            2025-11-27 | Ông Zelensky cho biết Ukraine có thể tổ chức bầu cử trong vòng 60 ngày sau khi ngừng bắn. |
            2025-11-27 | Quân đội Thái Lan và Campuchia đã giao tranh dữ dội trong năm ngày hồi cuối tháng 7. | cuối tháng 7=2025-07-21..2025-07-31/part-of-month
            2025-11-27 | Hiệp định hòa bình Kuala Lumpur được ký hôm 26/10 với sự chứng kiến của ông Trump. | hôm 26/10=2025-10-26..2025-10-26/day
            2025-11-27 | Ngày 28/11 tới, Việt Nam và Pháp sẽ tổ chức Đối thoại chiến lược lần thứ 12 tại Paris. | Ngày 28/11 tới=2025-11-28..2025-11-28/day
            2025-11-27 | Ngân hàng Trung ương châu Âu sẽ họp chính sách lần cuối trong năm vào ngày 18/12. | ngày 18/12=2025-12-18..2025-12-18/day
            2025-11-27 | Cục Dự trữ Liên bang Mỹ (Fed) đã hạ lãi suất 0,25 điểm phần trăm trong cuộc họp ngày 29/10. | ngày 29/10=2025-10-29..2025-10-29/day
            2025-11-27 | Trước đó, hôm 18/9, Fed cũng đã giảm lãi suất lần đầu tiên trong năm nay. | hôm 18/9=2025-09-18..2025-09-18/day; năm nay=2025-01-01..2025-12-31/year
            2025-11-27 | Chủ tịch Quốc hội sẽ thăm chính thức Campuchia từ ngày 2/12 đến ngày 4/12. | từ ngày 2/12 đến ngày 4/12=2025-12-02..2025-12-04/days
            2025-11-27 | Ông Orban gặp ông Putin tại Moscow ngày 28/11, chỉ vài tuần sau chuyến thăm Washington. | ngày 28/11=2025-11-28..2025-11-28/day
            2025-11-27 | Sáng 27/11 (giờ Hà Nội), Tổng thống Trump đã gửi lời chúc mừng Lễ Tạ ơn. | Sáng 27/11=2025-11-27..2025-11-27/day
            2025-11-27 | Vụ xả súng xảy ra vào chiều thứ Tư gần Nhà Trắng khiến hai binh sĩ Vệ binh Quốc gia bị thương. | chiều thứ Tư=2025-11-26..2025-11-26/day
            2025-11-27 | Bão Kalmaegi đổ bộ vào miền Trung Việt Nam đêm 6/11 và rạng sáng 7/11. | đêm 6/11=2025-11-06..2025-11-06/day; rạng sáng 7/11=2025-11-07..2025-11-07/day
            2025-11-27 | Ông Tô Lâm được bầu làm Tổng Bí thư hôm 3/8/2024. | hôm 3/8/2024=2024-08-03..2024-08-03/day
            2025-11-27 | Trong tháng 11, Nga đã phóng hơn 5.000 UAV vào lãnh thổ Ukraine. | tháng 11=2025-11-01..2025-11-30/month
            2025-11-27 | Cuộc bầu cử quốc hội Nhật Bản dự kiến được tổ chức vào mùa hè năm sau. | mùa hè năm sau=2026-06-01..2026-08-31/season
            2025-11-27 | Giữa tháng này, ông Rubio đã có cuộc gặp với ông Lavrov bên lề hội nghị G20. | Giữa tháng này=2025-11-11..2025-11-20/part-of-month
            2025-11-27 | Một tuần sau, hai bên lại gặp nhau tại Abu Dhabi. | Một tuần sau=2025-12-04..2025-12-04/day
            2025-11-27 | Lễ hội pháo hoa quốc tế Đà Nẵng 2026 sẽ diễn ra từ tháng 5 đến tháng 7. | tháng 5=2026-05-01..2026-05-31/month; tháng 7=2026-07-01..2026-07-31/month
            2025-11-27 | Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập. | Ngày 2/9/1945=1945-09-02..1945-09-02/day
            2025-11-27 | Từ năm 2020 đến nay, hai nước đã tổ chức 5 vòng tham vấn chính trị. | năm 2020=2020-01-01..2020-12-31/year
            2025-11-27 | Thủ tướng Anh Keir Starmer hôm nay công bố dự toán ngân sách mùa thu. | hôm nay=2025-11-27..2025-11-27/day
            2025-11-27 | Bộ trưởng Quốc phòng Mỹ thăm Việt Nam từ 2-3/11. | từ 2-3/11=2025-11-02..2025-11-03/days
            2025-11-27 | Vào tuần trước, Ukraine nhận được bản dự thảo kế hoạch 28 điểm. | tuần trước=2025-11-17..2025-11-23/week
            2025-11-27 | Sang năm, Việt Nam sẽ đăng cai Diễn đàn Kinh tế Thế giới ASEAN. | Sang năm=2026-01-01..2026-12-31/year
            2025-11-27 | Chính phủ Pháp đã sụp đổ hồi đầu tháng 10 sau khi Thủ tướng từ chức. | đầu tháng 10=2025-10-01..2025-10-10/part-of-month
            2025-11-27 | Ông Trump nói sẽ gặp ông Tập Cận Bình tại Bắc Kinh vào tháng 4 năm tới. | tháng 4 năm tới=2026-04-01..2026-04-30/month
            2025-11-27 | Tính đến hết ngày 25/11, cả nước đã giải ngân 60% vốn đầu tư công. | ngày 25/11=2025-11-25..2025-11-25/day
            2025-11-27 | Liên hợp quốc cảnh báo nạn đói ở Gaza có thể lan rộng trong những tháng tới. | những tháng tới=undated
            2025-11-27 | Đây là chuyến thăm thứ ba của ông tới Việt Nam trong hai năm qua. | hai năm qua=2023-11-28..2025-11-27/days
            2025-11-27 | Các nghị sĩ sẽ bỏ phiếu về dự luật này trước ngày 15/12. | ngày 15/12=2025-12-15..2025-12-15/day
            2025-11-27 | Ông Putin hôm 27/11 cho biết bản kế hoạch có thể làm cơ sở cho các thỏa thuận tương lai. | hôm 27/11=2025-11-27..2025-11-27/day
            2025-11-27 | Phiên tòa sẽ tiếp tục vào thứ 5 tuần sau. | thứ 5 tuần sau=2025-12-04..2025-12-04/day
            2026-01-03 | Ngày 31/12, Chủ tịch Trung Quốc Tập Cận Bình đã đọc thông điệp năm mới. | Ngày 31/12=2025-12-31..2025-12-31/day
            2026-01-03 | Tổng thống Mỹ dự kiến công du châu Á vào cuối tháng 1. | cuối tháng 1=2026-01-21..2026-01-31/part-of-month
            2026-01-03 | Năm ngoái, kim ngạch xuất khẩu của Việt Nam lần đầu vượt mốc 450 tỷ USD. | Năm ngoái=2025-01-01..2025-12-31/year
            2026-01-03 | Hôm 29/12, quân đội Trung Quốc tiến hành tập trận quanh Đài Loan. | Hôm 29/12=2025-12-29..2025-12-29/day
            2026-01-03 | Quốc hội sẽ họp phiên đầu tiên của năm vào ngày 12/1. | ngày 12/1=2026-01-12..2026-01-12/day
            2026-01-03 | Vào tháng 12 năm ngoái, EU đã thông qua gói trừng phạt thứ 19 đối với Nga. | tháng 12 năm ngoái=2025-12-01..2025-12-31/month
            2026-01-03 | Thứ Hai tới, Đại hội Đảng toàn quốc lần thứ XIV sẽ khai mạc tại Hà Nội. | Thứ Hai tới=2026-01-05..2026-01-05/day
            2026-01-03 | Đêm giao thừa 31/12, hàng triệu người đổ ra đường đón năm mới. | 31/12=2025-12-31..2025-12-31/day
            2026-01-03 | Trong năm 2025, Việt Nam đã nâng cấp quan hệ với nhiều đối tác. | năm 2025=2025-01-01..2025-12-31/year
            2026-01-03 | Lễ nhậm chức của Tổng thống Chile sẽ diễn ra vào tháng 3. | tháng 3=2026-03-01..2026-03-31/month
            2026-01-03 | Hội nghị Davos năm nay diễn ra từ ngày 19 đến 23/1. | năm nay=2026-01-01..2026-12-31/year; từ ngày 19 đến 23/1=2026-01-19..2026-01-23/days
            2026-01-03 | Cuộc khảo sát được thực hiện trong tháng 11 và tháng 12. | tháng 11=2025-11-01..2025-11-30/month; tháng 12=2025-12-01..2025-12-31/month
            2025-07-04 | Tổng thống Trump đã ký dự luật "To đẹp" thành luật vào chiều 4/7 (giờ Mỹ). | chiều 4/7=2025-07-04..2025-07-04/day
            2025-07-04 | Hạn chót áp thuế đối ứng là ngày 9/7. | ngày 9/7=2025-07-09..2025-07-09/day
            2025-07-04 | Ngày 2/7, Việt Nam và Mỹ đã đạt được thỏa thuận thương mại. | Ngày 2/7=2025-07-02..2025-07-02/day
            2025-07-04 | Mức thuế mới sẽ có hiệu lực từ ngày 1/8 nếu không đạt thỏa thuận. | ngày 1/8=2025-08-01..2025-08-01/day
            2025-07-04 | Thủ tướng sẽ dự Hội nghị thượng đỉnh BRICS tại Rio de Janeiro vào ngày 6 và 7/7. | ngày 6 và 7/7=2025-07-06..2025-07-07/days
            2025-07-04 | Chủ nhật này, cử tri Nhật Bản sẽ không đi bầu cử. | Chủ nhật này=2025-07-06..2025-07-06/day
            2025-07-04 | Cuộc bầu cử Thượng viện Nhật Bản sẽ diễn ra ngày 20/7. | ngày 20/7=2025-07-20..2025-07-20/day
            2025-07-04 | Iran đã đình chỉ hợp tác với IAEA hôm thứ Tư. | hôm thứ Tư=2025-07-02..2025-07-02/day
            2025-07-04 | Cuộc xung đột 12 ngày giữa Israel và Iran kết thúc hôm 24/6. | hôm 24/6=2025-06-24..2025-06-24/day
            2025-07-04 | Trong 6 tháng đầu năm, GDP của Việt Nam tăng 7,52%. | 6 tháng đầu năm=2025-01-01..2025-06-30/month
            2025-07-04 | Ông Netanyahu sẽ tới Washington vào thứ Hai (7/7) để gặp Tổng thống Trump. | thứ Hai (7/7)=2025-07-07..2025-07-07/day
            2025-07-04 | Tuần qua, giá vàng trong nước biến động mạnh. | Tuần qua=2025-06-28..2025-07-04/days
            2025-07-04 | Các bộ trưởng ASEAN sẽ họp tại Kuala Lumpur vào tuần sau. | tuần sau=2025-07-07..2025-07-13/week
            2025-07-04 | Vòng đàm phán thứ sáu đã diễn ra vào giữa tháng 6 tại Washington. | giữa tháng 6=2025-06-11..2025-06-20/part-of-month
            2025-07-04 | Hồi tháng 4, ông Trump công bố mức thuế 46% đối với hàng hóa Việt Nam. | tháng 4=2025-04-01..2025-04-30/month
            2025-07-04 | Hai tháng sau, hai bên đã đạt thỏa thuận khung. | Hai tháng sau=2025-09-01..2025-09-30/month
            2025-07-04 | Đến cuối năm, Fed có thể hạ lãi suất thêm hai lần. | cuối năm=2025-10-01..2025-12-31/quarter
            2025-07-04 | Lúc 10h sáng 3/7, hai nhà lãnh đạo đã điện đàm. | 10h sáng 3/7=2025-07-03..2025-07-03/day
            2025-02-14 | Hội nghị An ninh Munich khai mạc hôm nay và kéo dài đến Chủ nhật. | hôm nay=2025-02-14..2025-02-14/day; Chủ nhật=2025-02-16..2025-02-16/day
            2025-02-14 | Phó Tổng thống Mỹ JD Vance sẽ phát biểu tại hội nghị vào ngày mai. | ngày mai=2025-02-15..2025-02-15/day
            2025-02-14 | Ông Trump và ông Putin đã điện đàm hôm 12/2. | hôm 12/2=2025-02-12..2025-02-12/day
            2025-02-14 | Phái đoàn Mỹ và Nga dự kiến gặp nhau tại Saudi Arabia vào tuần tới. | tuần tới=2025-02-17..2025-02-23/week
            2025-02-14 | Mức thuế 25% đối với thép và nhôm sẽ có hiệu lực từ ngày 12/3. | ngày 12/3=2025-03-12..2025-03-12/day
            2025-02-14 | Tết Nguyên đán năm nay rơi vào ngày 29/1. | năm nay=2025-01-01..2025-12-31/year; ngày 29/1=2025-01-29..2025-01-29/day
            2025-02-14 | Ông Rubio đã có chuyến công du Trung Mỹ đầu tháng này. | đầu tháng này=2025-02-01..2025-02-10/part-of-month
            2025-02-14 | Cuộc bầu cử liên bang Đức được tổ chức vào ngày 23/2. | ngày 23/2=2025-02-23..2025-02-23/day
            2025-02-14 | Vào quý II, Việt Nam sẽ tổ chức Diễn đàn Tương lai ASEAN. | quý II=2025-04-01..2025-06-30/quarter
            2025-02-14 | Ông Musk có mặt tại Nhà Trắng chiều thứ Ba vừa qua. | chiều thứ Ba vừa qua=2025-02-11..2025-02-11/day
            2025-02-14 | Mùa xuân này, nhiều đoàn cấp cao sẽ thăm Việt Nam. | Mùa xuân này=2025-03-01..2025-05-31/season
            2025-02-14 | Nghị quyết 57 được Bộ Chính trị ban hành ngày 22/12/2024. | ngày 22/12/2024=2024-12-22..2024-12-22/day
            2025-02-14 | Bộ máy mới chính thức vận hành từ ngày 1/3/2025. | ngày 1/3/2025=2025-03-01..2025-03-01/day
            2025-02-14 | Năm 2024 được coi là năm bầu cử lớn nhất lịch sử với hơn 70 cuộc bầu cử. | Năm 2024=2024-01-01..2024-12-31/year
            2025-02-14 | Thứ Sáu tuần trước, Tổng thống Mỹ đã ký sắc lệnh áp thuế đối ứng. | Thứ Sáu tuần trước=2025-02-07..2025-02-07/day
            2025-02-14 | Mỗi năm hai lần, ASEAN tổ chức hội nghị cấp cao. |
            2025-02-14 | Gần 2/3 số người được hỏi ủng hộ chính sách này. |
            2025-02-14 | Nga đã phóng 7 tên lửa và 112 UAV trong đêm qua. | đêm qua=2025-02-13..2025-02-13/day
            2025-02-14 | Sau 3 năm xung đột, hơn 1/5 lãnh thổ Ukraine đang bị Nga kiểm soát. |
            2025-02-14 | Ông Trump nói rằng ông sẽ gặp ông Putin ở Saudi Arabia, có thể trong tháng này. | tháng này=2025-02-01..2025-02-28/month
            2025-12-05 | Ngày 3 và 4/12, Tổng thống Putin thăm cấp nhà nước Ấn Độ. | Ngày 3 và 4/12=2025-12-03..2025-12-04/days
            2025-12-05 | Trước đó, hôm 2/12, ông Putin đã tiếp đặc phái viên Mỹ tại Moscow. | hôm 2/12=2025-12-02..2025-12-02/day
            2025-12-05 | Sáng mai (6/12), Thủ tướng sẽ dự lễ khởi công dự án đường sắt Lào Cai - Hà Nội - Hải Phòng. | Sáng mai (6/12)=2025-12-06..2025-12-06/day
            2025-12-05 | Lễ trao giải sẽ được tổ chức vào tối Chủ nhật (ngày 7/12). | tối Chủ nhật (ngày 7/12)=2025-12-07..2025-12-07/day
            2025-12-05 | Hội đồng châu Âu sẽ họp vào các ngày 18-19/12 để bàn về tài sản bị phong tỏa của Nga. | ngày 18-19/12=2025-12-18..2025-12-19/days
            2025-12-05 | Trận lũ lịch sử hồi giữa tháng 11 đã khiến hơn 100 người thiệt mạng. | giữa tháng 11=2025-11-11..2025-11-20/part-of-month
            2025-12-05 | Cuối năm 2025, Việt Nam dự kiến hoàn thành 3.000 km đường cao tốc. | Cuối năm 2025=2025-10-01..2025-12-31/quarter
            2025-12-05 | Bộ Ngoại giao đã có công hàm gửi phía Trung Quốc trong tuần này. | tuần này=2025-12-01..2025-12-07/week
            2025-12-05 | Tháng 10 năm 2025, ông Trump có chuyến công du châu Á kéo dài 5 ngày. | Tháng 10 năm 2025=2025-10-01..2025-10-31/month
            2025-12-05 | Hai nhà lãnh đạo gặp nhau lần đầu vào năm 2019 tại Hà Nội. | năm 2019=2019-01-01..2019-12-31/year
            2025-09-24 | Tổng thống Trump phát biểu tại Đại hội đồng Liên hợp quốc hôm 23/9. | hôm 23/9=2025-09-23..2025-09-23/day
            2025-09-24 | Anh, Canada và Australia đã chính thức công nhận Nhà nước Palestine hôm Chủ nhật (21/9). | hôm Chủ nhật (21/9)=2025-09-21..2025-09-21/day
            2025-09-24 | Pháp sẽ công nhận Nhà nước Palestine tại hội nghị ngày 22/9. | ngày 22/9=2025-09-22..2025-09-22/day
            2025-09-24 | Chủ tịch nước Lương Cường sẽ dự phiên thảo luận chung vào chiều 25/9 (giờ New York). | chiều 25/9=2025-09-25..2025-09-25/day
            2025-09-24 | Cơn bão Ragasa đổ bộ vào miền nam Trung Quốc tối qua. | tối qua=2025-09-23..2025-09-23/day
            2025-09-24 | Dự kiến bão số 10 sẽ vào đất liền trong ngày mai. | ngày mai=2025-09-25..2025-09-25/day
            2025-09-24 | Thượng đỉnh APEC 2025 sẽ diễn ra tại Gyeongju từ ngày 31/10 đến 1/11. | từ ngày 31/10 đến 1/11=2025-10-31..2025-11-01/days
            2025-09-24 | Hạn chót để Quốc hội Mỹ thông qua ngân sách là ngày 30/9. | ngày 30/9=2025-09-30..2025-09-30/day
            2025-09-24 | Chính phủ Pháp của ông Bayrou đã sụp đổ sau cuộc bỏ phiếu tín nhiệm hôm 8/9. | hôm 8/9=2025-09-08..2025-09-08/day
            2025-09-24 | Trong tháng 8 vừa qua, lượng khách quốc tế đến Việt Nam đạt 1,7 triệu lượt. | tháng 8 vừa qua=2025-08-01..2025-08-31/month
            2025-09-24 | Lễ duyệt binh kỷ niệm 80 năm Quốc khánh được tổ chức sáng 2/9. | sáng 2/9=2025-09-02..2025-09-02/day
            2025-09-24 | Ông Tập Cận Bình đã chủ trì lễ duyệt binh tại Bắc Kinh ngày 3/9. | ngày 3/9=2025-09-03..2025-09-03/day
            2025-09-24 | Các nước thành viên sẽ nhóm họp lần tới vào tháng 11 năm nay. | tháng 11 năm nay=2025-11-01..2025-11-30/month
            2025-09-24 | Ba tuần trước, ông Putin đã tới Trung Quốc dự hội nghị SCO. | Ba tuần trước=2025-09-03..2025-09-03/day
            2025-09-24 | Israel đã mở chiến dịch trên bộ vào thành phố Gaza từ giữa tháng 9. | giữa tháng 9=2025-09-11..2025-09-20/part-of-month
            2025-09-24 | Quốc hội Ukraine sẽ bỏ phiếu về dự luật vào thứ Năm tuần này. | thứ Năm tuần này=2025-09-25..2025-09-25/day
            2025-09-24 | Mức thuế 50% đối với hàng hóa Ấn Độ có hiệu lực từ ngày 27/8. | ngày 27/8=2025-08-27..2025-08-27/day
            2025-09-24 | Ngân hàng Nhà nước cho biết tín dụng tăng 11% trong 8 tháng đầu năm nay. | 8 tháng đầu năm nay=2025-01-01..2025-08-31/month
            2025-09-24 | Đây là lần thứ ba trong năm nay Triều Tiên phóng tên lửa đạn đạo. | năm nay=2025-01-01..2025-12-31/year
            2025-09-24 | Cuộc họp kéo dài hơn 4 tiếng và kết thúc lúc 22h. |
            2025-09-24 | Thời hạn đăng ký kéo dài đến hết tháng 10. | tháng 10=2025-10-01..2025-10-31/month
            2025-09-24 | Ông Lavrov và ông Rubio đã gặp nhau bên lề phiên họp hôm thứ Hai. | hôm thứ Hai=2025-09-22..2025-09-22/day
            2025-09-24 | Nghị định 168/2024/NĐ-CP có hiệu lực từ ngày 1/1/2025. | ngày 1/1/2025=2025-01-01..2025-01-01/day
            2025-09-24 | Mùa mưa bão năm nay được dự báo phức tạp hơn. | năm nay=2025-01-01..2025-12-31/year
            2025-09-24 | Hai ngày trước đó, Bộ Ngoại giao Trung Quốc đã lên tiếng. | Hai ngày trước đó=2025-09-22..2025-09-22/day
            2025-09-24 | Trung Quốc tuyên bố sẽ không tìm kiếm đối xử đặc biệt tại WTO trong các đàm phán tương lai. |
            2025-09-24 | Số ca mắc sốt xuất huyết tăng 30% so với cùng kỳ năm ngoái. | năm ngoái=2024-01-01..2024-12-31/year
            2025-09-24 | Vụ việc xảy ra vào khoảng 9h ngày 20/9 tại Quảng Ninh. | 9h ngày 20/9=2025-09-20..2025-09-20/day
            2025-09-24 | Thỏa thuận có thời hạn 5 năm, từ 2026 đến 2030. | 2026=2026-01-01..2026-12-31/year; 2030=2030-01-01..2030-12-31/year
            2025-09-24 | Tỷ lệ ủng hộ ông Trump giảm xuống 39% trong tuần này, theo thăm dò của Reuters/Ipsos. | tuần này=2025-09-22..2025-09-28/week
            """)
    void findsExactlyTheExpressionsOfASentence(LocalDate published, String sentence, String expected) throws Exception {
        Article article = ArticleReader.parse("row", " date " + published + " " + sentence);
        List<String> found = new ArrayList<>();
        for (TimeExpression e : resolver.resolve(article)) {
            assertThat(article.slice(e.start(), e.end())).isEqualTo(e.text());
            found.add(e.text() + "=" + describe(e.date()));
        }
        List<String> wanted = new ArrayList<>();
        if (expected != null) {
            for (String part : expected.split(";")) {
                wanted.add(part.strip());
            }
        }
        assertThat(found).as(sentence).containsExactlyElementsOf(wanted);
    }

    private static String describe(DateSpan span) {
        return span.isDated() ? span.start() + ".." + span.end() + "/" + span.precision().label() : "undated";
    }
}
