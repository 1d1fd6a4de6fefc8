/** Labels of the embed page, the embed dialog, the downloads and the printed list, in both languages. */
import type { Lang } from '../i18n';

const en = {
	download: 'Download this view',
	downloadSvg: 'Chart as SVG (stands alone, font included)',
	downloadPng: 'Chart as PNG at 2× for print',
	downloadCsv: 'Filtered events as CSV (one row per event, sources joined), UTF-8 for Excel',
	downloadJson: 'Filtered events as JSON, with their sources and quotes',
	preparing: 'Preparing…',
	failed: (what: string, why: string) => `Could not make the ${what} file: ${why}`,
	embed: 'Embed this view',
	embedTitle: 'Embed this view in a web page',
	embedHelp:
		'Paste this code into your page. The chart shows the current filters and language; the script lets the frame take the height of the chart, and can be left out if your site does not allow scripts.',
	embedCode: 'Embed code',
	copy: 'Copy code',
	copied: 'Copied',
	copyFailed: 'Select the code and copy it with Ctrl+C',
	preview: 'Preview',
	close: 'Close',
	print: 'Print',
	allEvents: 'Vietnam–Laos city-to-city diplomacy',
	sources: 'Sources',
	madeWith: 'Made with Mốc',
	openInMoc: 'Open in Mốc',
	newTab: '(opens in a new tab)',
	showAll: 'Show all',
	zoomEmbedHint: 'Ctrl + wheel to zoom',
	embedNoscript: 'Without JavaScript this frame shows the whole timeline, not the view chosen in its address.',
	noEvents: 'No event matches this view.',
	eventList: 'Events and their sources',
	quoteFrom: 'from'
};

export type ExportMessages = typeof en;

const vi: ExportMessages = {
	download: 'Tải xuống',
	downloadSvg: 'Biểu đồ dạng SVG (độc lập, kèm phông chữ)',
	downloadPng: 'Biểu đồ dạng PNG, độ phân giải 2× để in',
	downloadCsv: 'Các sự kiện đã lọc dạng CSV (mỗi sự kiện một dòng, các nguồn nối liền), UTF-8 cho Excel',
	downloadJson: 'Các sự kiện đã lọc dạng JSON, kèm nguồn và trích dẫn',
	preparing: 'Đang chuẩn bị…',
	failed: (what, why) => `Không tạo được tệp ${what}: ${why}`,
	embed: 'Nhúng biểu đồ này',
	embedTitle: 'Nhúng biểu đồ này vào trang web',
	embedHelp:
		'Dán mã này vào trang của bạn. Biểu đồ giữ nguyên bộ lọc và ngôn ngữ hiện tại; đoạn script giúp khung tự co giãn theo chiều cao biểu đồ, có thể bỏ nếu trang không cho phép script.',
	embedCode: 'Mã nhúng',
	copy: 'Sao chép mã',
	copied: 'Đã sao chép',
	copyFailed: 'Hãy chọn mã và nhấn Ctrl+C để sao chép',
	preview: 'Xem trước',
	close: 'Đóng',
	print: 'In',
	allEvents: 'Ngoại giao giữa các thành phố Việt Nam – Lào',
	sources: 'Nguồn',
	madeWith: 'Làm bằng Mốc',
	openInMoc: 'Mở trong Mốc',
	newTab: '(mở trong thẻ mới)',
	showAll: 'Xem tất cả',
	zoomEmbedHint: 'Ctrl + cuộn để phóng to',
	embedNoscript: 'Không có JavaScript, khung này hiện toàn bộ dòng thời gian, không phải góc nhìn đã chọn trong địa chỉ.',
	noEvents: 'Không có sự kiện nào khớp.',
	eventList: 'Các sự kiện và nguồn',
	quoteFrom: 'trích từ'
};

export function xm(lang: Lang): ExportMessages {
	return lang === 'vi' ? vi : en;
}
