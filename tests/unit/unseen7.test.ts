/**
 * A seventh set of pages (tests/fixtures/unseen7) from outlets not used before — Báo Yên Bái, Lao Phattana's
 * Vietnamese edition, KPL (English), Báo Hải Dương, VTC News and Dân trí: a provincial Party secretary's trip
 * to three Lao places told by its departure ('đã lên đường … trong ba ngày 19-21/3') and its return ('đã về
 * nước an toàn'), a Lao Deputy Prime Minister's reception, a sister-city 10th anniversary, online talks with
 * no delegation, two delegations on one page, a host named only 'Tỉnh trưởng Sê Kông …'. Dates as those
 * outlets write them: 'ngày 20 và 21-3', 'sáng 20-3 (theo giờ địa phương)', 'ngày 20/3 vừa qua', 'hôm 19-3',
 * 'trưa cùng ngày', 'tối 21-3', 'ngày cuối cùng của chuyến thăm', 'on March 20' under a dateline, 'March
 * 19-21', 'On Wednesday' — against gold written before the pipeline saw the pages.
 */
import { describeAgainstGold, describeChanged } from './gold-corpus';

const DIR = 'tests/fixtures/unseen7';
describeAgainstGold('unseen-style articles, seventh set, against their gold', DIR);

describeChanged('the seventh unseen corpus, changed', DIR, {
	renames: [
		['Hà Quang Thiện', 'Lò Văn Khoa'],
		['Ha Quang Thien', 'Lo Van Khoa'],
		['Xổm-xạ-vạt Lạ-thạ-vông', 'Bua-khăm Xỉ-xổm-phon'],
		['Somsavath Lathavong', 'Bouakham Sisomphone'],
		['Vixay Phommaly', 'Khamla Vongphachanh'],
		['Xẻng-chăn Phi-la-vông', 'Phon-xay Xu-li-vông'],
		['Ma-ni-vông Xu-li-ya', 'Vi-lạ-xắc Khăm-phuy'],
		['Triệu Thế Vinh', 'Mạc Đình Toàn'],
		['Đặng Minh Khuê', 'Khúc Văn Hòa'],
		['Lương Tấn Phát', 'Huỳnh Công Lý'],
		['Khăm-bay Vông-xa', 'Xỉ-thoong Phăn-ma-ly'],
		['Châu Văn Thuận', 'Từ Quang Huy'],
		['Bun-mi Xăn-ti-xúc', 'Chăn-thạ-vi Xay-nha-vông'],
		['Đinh Thị Lệ', 'Mai Thị Hồng Nhạn']
	],
	// the delegations' leaders only: the hosts who receive them lead none
	leaders: ['Lò Văn Khoa', 'Vi-lạ-xắc Khăm-phuy', 'Từ Quang Huy', 'Mai Thị Hồng Nhạn']
});
