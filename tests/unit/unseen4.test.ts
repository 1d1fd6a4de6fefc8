/**
 * A fourth set of pages (tests/fixtures/unseen4: a saved HTML page from Hà Nội Mới whose only stamp is
 * its og:published_time meta, the Vientiane Times and the Laotian Times in English, Sài Gòn Giải Phóng,
 * Báo Đà Nẵng, a weekly round-up from Báo Thế giới và Việt Nam, a seed re-dated to 2025 with its stamp in
 * another form, a seed cut to its body): capital-level pairs, two delegations in one article (one
 * arriving, one leaving), "ngày 5 và 6/4", "từ 3-5/4/2024", "từ ngày 29/3 đến 2/4", "trong hai ngày
 * 9-10/4", a stamp at the very bottom, relative times in a sidebar — against their hand-written gold.
 */
import { describeAgainstGold, describeChanged } from './gold-corpus';

const DIR = 'tests/fixtures/unseen4';
describeAgainstGold('unseen-style articles, fourth set, against their gold', DIR);

describeChanged('the fourth unseen corpus, changed', DIR, {
	renames: [
		['Phạm Quang Hưng', 'Đỗ Minh Khôi'],
		['Pham Quang Hung', 'Do Minh Khoi'],
		['Souksakhone Vongdara', 'Khampheng Sysomphone'],
		['Sengphet Khounvilay', 'Bounpheng Inthavong'],
		['Sengphet', 'Bounpheng'],
		['Trần Văn Lâm', 'Hoàng Đức Nam'],
		['Bounlieng Xaysana', 'Somphone Keovilay'],
		['Lê Quang Thịnh', 'Vũ Tiến Phát']
	],
	leaders: ['Đỗ Minh Khôi', 'Khampheng Sysomphone', 'Bounpheng Inthavong', 'Hoàng Đức Nam', 'Somphone Keovilay', 'Vũ Tiến Phát', 'Nguyễn Văn Nên', 'Thongsalith Mangnomek']
});
