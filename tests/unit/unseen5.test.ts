/**
 * A fifth set of pages (tests/fixtures/unseen5): provincial papers not used before (Báo Điện Biên Phủ,
 * Báo Sơn La, Báo Nghệ An, Báo Quảng Bình, Báo Kon Tum, Báo Lao Động) and Pasaxon's Vietnamese edition,
 * telling border-province pairs, with Kon Tum's leaders named the Bahnar and Xơ Đăng way ("Y Hương",
 * "A Thoang") and a send-off ("đã tiễn Đoàn"); clock times before the day ("vào lúc 8 giờ sáng ngày 5/6",
 * "lúc 14h30 ngày 5/6"), "hôm thứ Năm (6/6)", "ngày 06.06.2024", Báo Lao Động's "Ngày 5.6", "ngày mùng 7.6",
 * "đầu tuần này", "cuối tuần trước", "hôm qua (6/6)"; stamps in seven forms (one in a byline, below a
 * related block with times of its own); a "Bài liên quan" block above the headline, "Tags:" lines,
 * readers' comments with dates, a poll — against their hand-written gold.
 */
import { describeAgainstGold, describeChanged } from './gold-corpus';

const DIR = 'tests/fixtures/unseen5';
describeAgainstGold('unseen-style articles, fifth set, against their gold', DIR);

describeChanged('the fifth unseen corpus, changed', DIR, {
	renames: [
		['Khamla Sisouphanh', 'Phonesavanh Vilaysack'],
		['Lò Văn Thắng', 'Quàng Văn Tiến'],
		['Cầm Văn Hải', 'Lường Văn Sơn'],
		['Bounmy Phommachanh', 'Sisouk Inthalath'],
		['Hoàng Minh Tuấn', 'Phan Đức Long'],
		['Soulivong Keomany', 'Khamsay Phommavong'],
		['Nguyễn Đức Thành', 'Đặng Quốc Việt'],
		['Vanxay Phongsavanh', 'Thongchanh Saysavath'],
		['Khamphoui Sengmany', 'Vongphachanh Sayasith'],
		['Y Hương', 'Y Thị Mai'],
		['A Thoang', 'A Blưk'],
		['Nguyễn Hữu Phước', 'Trịnh Quang Huy'],
		['Võ Minh Khang', 'Lê Hoài Nam'],
		['Santiphap Inthavong', 'Bounthanh Sayavong']
	],
	// the delegations' leaders only: the hosts who receive them lead none
	leaders: ['Phonesavanh Vilaysack', 'Sisouk Inthalath', 'Khamsay Phommavong', 'Đặng Quốc Việt', 'Vongphachanh Sayasith', 'Lê Hoài Nam']
});
