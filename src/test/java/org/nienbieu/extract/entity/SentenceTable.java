package org.nienbieu.extract.entity;

/**
 * Hand-written sentences on other topics, mostly with people the gazetteers do not list, and the
 * entities a reader finds in them: {@code K=Canonical/role} items separated by {@code ;}, K one of
 * P person, O organisation, G government, C country, L place, M media. Written before tuning.
 */
final class SentenceTable {

    private SentenceTable() {
    }

    static final String ROWS = """
            Ngoại trưởng Brazil Mauro Vieira đã gặp người đồng cấp Trung Quốc Vương Nghị tại Bắc Kinh hôm 3/9. | P=Mauro Vieira/Ngoại trưởng; C=Brazil; C=Trung Quốc; P=Vương Nghị; L=Bắc Kinh
            Bà Penny Wong cho biết Australia sẽ tăng viện trợ cho các đảo quốc ở khu vực. | P=Penny Wong; C=Australia
            Thủ tướng Malaysia Anwar Ibrahim tiếp Bộ trưởng Ngoại giao Bùi Thanh Sơn tại Kuala Lumpur. | P=Anwar Ibrahim/Thủ tướng; C=Malaysia; P=Bùi Thanh Sơn/Bộ trưởng Ngoại giao; L=Kuala Lumpur
            Ông Tomasz Wiśniewski, một nhà ngoại giao Ba Lan, nói rằng Warsaw ủng hộ Kiev. | P=Tomasz Wiśniewski; C=Ba Lan; G=Warsaw; G=Kiev
            Đại sứ Kenya Joseph Mwangi trình quốc thư lên Chủ tịch nước Lương Cường. | P=Joseph Mwangi/Đại sứ; C=Kenya; P=Lương Cường/Chủ tịch nước
            Theo Reuters, cuộc đàm phán tại Doha đã kết thúc mà không có đột phá. | M=Reuters; L=Doha
            Ông nói rằng Mỹ sẽ không rút quân khỏi châu Âu. | C=Mỹ; L=châu Âu
            Tháng trước, Thủ tướng Nhật Bản Sanae Takaichi đã thăm Hàn Quốc. | P=Sanae Takaichi/Thủ tướng; C=Nhật Bản; C=Hàn Quốc
            Trong khi đó, Chủ tịch Trung Quốc Tập Cận Bình kêu gọi kiềm chế. | P=Tập Cận Bình/Chủ tịch; C=Trung Quốc
            Ngoại trưởng Pháp Jean-Noël Barrot cảnh báo châu Âu phải tự bảo vệ mình. Ông Barrot nói thêm rằng Paris sẵn sàng hỗ trợ. | P=Jean-Noël Barrot/Ngoại trưởng; C=Pháp; L=châu Âu; G=Paris
            Bộ trưởng Quốc phòng Indonesia Sjafrie Sjamsoeddin đã điện đàm với người đồng cấp Mỹ Pete Hegseth. | P=Sjafrie Sjamsoeddin/Bộ trưởng Quốc phòng; C=Indonesia; C=Mỹ; P=Pete Hegseth
            Người phát ngôn Bộ Ngoại giao Trung Quốc Lâm Kiếm bác bỏ cáo buộc này. | P=Lâm Kiếm/Người phát ngôn; G=Bộ Ngoại giao Trung Quốc
            Tổng thống Kazakhstan Kassym-Jomart Tokayev sẽ dự hội nghị thượng đỉnh ở Astana. | P=Kassym-Jomart Tokayev/Tổng thống; C=Kazakhstan; L=Astana
            Phó Tổng thống Mỹ JD Vance gặp Thủ tướng Ấn Độ Narendra Modi tại New Delhi. | P=JD Vance/Phó Tổng thống; C=Mỹ; P=Narendra Modi/Thủ tướng; C=Ấn Độ; L=New Delhi
            Hãng tin Nga TASS dẫn lời Thứ trưởng Ngoại giao Sergei Ryabkov cho biết Moscow chưa nhận được đề xuất. | M=TASS; C=Nga; P=Sergei Ryabkov/Thứ trưởng Ngoại giao; G=Moscow
            Tờ Süddeutsche Zeitung đưa tin Thủ tướng Đức Friedrich Merz sẽ tới Washington vào tuần tới. | M=Süddeutsche Zeitung; P=Friedrich Merz/Thủ tướng; C=Đức; L=Washington
            Ông Ahmed Al-Mansouri, cố vấn của Tổng thống UAE, đã tới Tehran. | P=Ahmed Al-Mansouri; C=UAE; L=Tehran
            Tổng thư ký Liên hợp quốc Antonio Guterres kêu gọi hai bên ngừng bắn ở Gaza. | P=Antonio Guterres/Tổng thư ký; O=Liên hợp quốc; L=Gaza
            Ảnh: Xinhua. | M=Tân Hoa Xã
            Ảnh: Getty Images. | M=Getty Images
            Cuộc gặp giữa bà Annalena Baerbock và ông Wang Yi diễn ra tại Munich. | P=Annalena Baerbock; P=Vương Nghị; L=Munich
            Thủ tướng Anh cho biết London sẽ gửi thêm viện trợ cho Ukraine. | P=Keir Starmer/Thủ tướng; C=Anh; G=London; C=Ukraine
            Anh và Pháp đã đề xuất thành lập một lực lượng trấn an ở Ukraine. | C=Anh; C=Pháp; C=Ukraine
            Anh ấy nói rằng mình không biết gì về cuộc họp. | -
            Ông Nguyễn Văn Thành, Đại sứ Việt Nam tại Nhật Bản, đã gặp gỡ cộng đồng người Việt. | P=Nguyễn Văn Thành; C=Việt Nam; C=Nhật Bản
            Phát biểu tại Hà Nội, ông Thành nhấn mạnh quan hệ Việt Nam - Nhật Bản. | L=Hà Nội; P=Thành; C=Việt Nam; C=Nhật Bản
            Thứ Sáu tuần trước, Tổng thống Nga Vladimir Putin đã điện đàm với Tổng thống Pháp Emmanuel Macron. | P=Vladimir Putin/Tổng thống; C=Nga; P=Emmanuel Macron/Tổng thống; C=Pháp
            Tổng thống nói rằng cuộc họp rất hiệu quả. | -
            Sau đó, Điện Kremlin tuyên bố sẵn sàng đàm phán với Kiev. | G=Điện Kremlin; G=Kiev
            Đài CNN dẫn nguồn tin giấu tên cho biết Lầu Năm Góc đang xem xét kế hoạch. | M=CNN; G=Lầu Năm Góc
            Chủ tịch Ủy ban châu Âu Ursula von der Leyen và Tổng thống Hàn Quốc Lee Jae-myung ký tuyên bố chung. | P=Ursula von der Leyen/Chủ tịch Ủy ban châu Âu; P=Lee Jae-myung/Tổng thống; C=Hàn Quốc
            Ngoại trưởng Ai Cập Badr Abdelatty cho biết Cairo đang làm trung gian giữa Israel và Hamas. | P=Badr Abdelatty/Ngoại trưởng; C=Ai Cập; G=Cairo; C=Israel; O=Hamas
            Bà Maria Zakharova, người phát ngôn Bộ Ngoại giao Nga, chỉ trích quyết định của EU. | P=Maria Zakharova/người phát ngôn; G=Bộ Ngoại giao Nga; O=Liên minh châu Âu
            Theo thông tin từ Nhà Trắng, Tổng thống Donald Trump sẽ tới Alaska. | G=Nhà Trắng; P=Donald Trump/Tổng thống; L=Alaska
            “Chúng tôi sẽ không nhượng bộ”, ông Erdoğan nói với báo giới ở Ankara. | P=Recep Tayyip Erdoğan; L=Ankara
            Ông Kagiso Mokoena, Bộ trưởng Thương mại Nam Phi, đã tới Bắc Kinh. | P=Kagiso Mokoena; C=Nam Phi; L=Bắc Kinh
            Tân Thủ tướng Thái Lan Anutin Charnvirakul cam kết cải thiện quan hệ với Campuchia. | P=Anutin Charnvirakul/Tân Thủ tướng; C=Thái Lan; C=Campuchia
            Cựu Tổng thống Mỹ Barack Obama đã có bài phát biểu tại Chicago. | P=Barack Obama/Cựu Tổng thống; C=Mỹ; L=Chicago
            Ông Obama cho rằng nước Mỹ cần đoàn kết. | P=Barack Obama; C=Mỹ
            Nhà ngoại giao kỳ cựu Henry Kissinger từng nhiều lần thăm Trung Quốc. | P=Henry Kissinger; C=Trung Quốc
            Ngày 12/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Mỹ Marc Knapper. | P=Phạm Minh Chính/Thủ tướng; P=Marc Knapper/Đại sứ; C=Mỹ
            Ông Marc Knapper khẳng định Washington coi trọng quan hệ với Hà Nội. | P=Marc Knapper; G=Washington; G=Hà Nội
            Một quan chức Nhà Trắng nói với Politico rằng ông Witkoff sẽ sang Moscow. | G=Nhà Trắng; M=Politico; P=Steve Witkoff; L=Moscow
            Bộ trưởng Ngoại giao Singapore Vivian Balakrishnan phát biểu tại một diễn đàn an ninh. | P=Vivian Balakrishnan/Bộ trưởng Ngoại giao; C=Singapore
            Hãng tin Yonhap cho biết Triều Tiên đã phóng tên lửa đạn đạo ra Biển Nhật Bản. | M=Yonhap; C=Triều Tiên; L=Biển Nhật Bản
            Thủ tướng Canada Mark Carney và Tổng thống Mexico Claudia Sheinbaum đã thảo luận về thuế quan của Mỹ. | P=Mark Carney/Thủ tướng; C=Canada; P=Claudia Sheinbaum/Tổng thống; C=Mexico; C=Mỹ
            Ông Lars Østergaard, thị trưởng thành phố Aarhus, đón đoàn đại biểu Việt Nam. | P=Lars Østergaard; C=Việt Nam; L=Aarhus
            Bloomberg đưa tin Ả Rập Xê Út muốn mua thêm máy bay F-35. | M=Bloomberg; C=Ả Rập Xê Út
            Tổng thống Ukraine Volodymyr Zelenskyy đã tới Đan Mạch. | P=Volodymyr Zelensky/Tổng thống; C=Ukraine; C=Đan Mạch
            Cố vấn An ninh Quốc gia Ấn Độ Ajit Doval đã tới Moscow. | P=Ajit Doval/Cố vấn An ninh Quốc gia; C=Ấn Độ; L=Moscow
            Bà Ngozi Okonjo-Iweala, Tổng giám đốc WTO, cảnh báo về chiến tranh thương mại. | P=Ngozi Okonjo-Iweala; O=WTO
            Khi được hỏi về Hungary, ông Szijjártó không bình luận. | C=Hungary; P=Péter Szijjártó
            Tháng 5, Quốc vương Jordan Abdullah II tiếp Ngoại trưởng Iran Abbas Araghchi tại Amman. | P=Abdullah II/Quốc vương; C=Jordan; P=Abbas Araghchi/Ngoại trưởng; C=Iran; L=Amman
            Nguồn: VnExpress | M=VnExpress
            Bà Rịa - Vũng Tàu đón tàu Hải quân Ấn Độ. | L=Bà Rịa - Vũng Tàu; C=Ấn Độ
            Phát ngôn viên Bộ Ngoại giao Mỹ Tammy Bruce cho biết Washington hoan nghênh thỏa thuận. | P=Tammy Bruce/Phát ngôn viên; G=Bộ Ngoại giao Mỹ; G=Washington
            Theo bà Tammy Bruce, Ngoại trưởng Marco Rubio sẽ dự hội nghị ASEAN tại Kuala Lumpur. | P=Tammy Bruce; P=Marco Rubio/Ngoại trưởng; O=ASEAN; L=Kuala Lumpur
            Tổng thống Phần Lan Alexander Stubb và Thủ tướng Đan Mạch Mette Frederiksen cùng tới Kiev. | P=Alexander Stubb/Tổng thống; C=Phần Lan; P=Mette Frederiksen/Thủ tướng; C=Đan Mạch; L=Kiev
            Giám đốc điều hành Nvidia Jensen Huang đã gặp Tổng thống Trump tại Nhà Trắng. | P=Jensen Huang/Giám đốc điều hành; O=Nvidia; P=Donald Trump/Tổng thống; G=Nhà Trắng
            """;
}
