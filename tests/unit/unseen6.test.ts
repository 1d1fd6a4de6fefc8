/**
 * A sixth set of pages (tests/fixtures/unseen6) from outlets not used before — Tuổi Trẻ, Việt Nam News
 * (English), Người Lao Động, Báo Thái Nguyên, Tiền Phong, the Hanoi Times (English), Báo Tin tức (TTXVN)
 * and Công an Nhân dân — about other kinds of local delegations: a memorandum between provinces, a youth
 * union, a women's union, a People's Council trip announced, a friendship association, a ward received by
 * a Lao governor, a police delegation. Dates as those outlets write them: "Sáng 14-11", "ngày 20 đến ngày
 * 23.11", "từ 14-16/11", "ngày 14 và 15/11", "ngày 14/11 vừa qua", "vào đầu tháng này", "đêm qua", "vào
 * sáng thứ Ba", "tối 13/11 (giờ địa phương)", "hôm 13/11", "on Tuesday (Nov 14)", "from November 13-15",
 * "Last Thursday"; a stamp only in the URL — against gold written before the pipeline saw the pages.
 */
import { describeAgainstGold, describeChanged } from './gold-corpus';

const DIR = 'tests/fixtures/unseen6';
describeAgainstGold('unseen-style articles, sixth set, against their gold', DIR);

describeChanged('the sixth unseen corpus, changed', DIR, {
	renames: [
		['Võ Thành Nhân', 'Huỳnh Tấn Lộc'],
		['Khăm-xẳng Xay-nha-vông', 'Xổm-phết Vi-lạ-vông'],
		['Khamsang Saynavong', 'Somphet Vilavong'],
		['Khamsang', 'Somphet'],
		['Trương Minh Khôi', 'Lâm Quốc Bảo'],
		['Vi-lay-phon Xỉ-xu-văn', 'Phết-xạ-mỏn Kẹo-ma-ni'],
		['Đỗ Minh Trí', 'Tạ Quang Vinh'],
		['Xỉ-vi-lay Vông-khăm-xảo', 'Bua-phăn Xẻng-đươn'],
		['Hoàng Thị Bích Ngọc', 'Nông Thị Hạnh'],
		['Ma Văn Toản', 'Lục Văn Bình'],
		['Nguyễn Quốc Khánh', 'Đoàn Văn Phong'],
		['Bun-nhơn Chăn-thạ-li', 'Khăm-pheng Xay-xổm-phon'],
		['Somsanith Inthavongsa', 'Bounleuth Phanthavong'],
		['Tran Thi Phuong Lan', 'Vu Thi Hong Nhung'],
		['Đinh Thị Thu Hiền', 'Cao Thị Thanh Hương'],
		['Khăm-xính Phôm-mạ-chăn', 'Vông-xạ-vẳn Xỉ-bua-la'],
		['Lê Đình Nghĩa', 'Hồ Sỹ Tuấn'],
		['Bun-xẳng Xay-nha-lạt', 'Thoong-van Kẹo-bun-hương']
	],
	// the delegations' leaders only: the hosts who receive them lead none
	leaders: ['Xổm-phết Vi-lạ-vông', 'Phết-xạ-mỏn Kẹo-ma-ni', 'Bua-phăn Xẻng-đươn', 'Đoàn Văn Phong', 'Bounleuth Phanthavong', 'Cao Thị Thanh Hương', 'Thoong-van Kẹo-bun-hương']
});
