/**
 * d3-time-format's vi-VN and en-GB locale definitions, as the package ships them in locale/*.json;
 * copied because the package's exports do not expose those files to bundlers or Node.
 */
import type { TimeLocaleDefinition } from 'd3-time-format';

export const viVN: TimeLocaleDefinition = {
	"dateTime": "%a, %e %b, %Y %H:%M",
	"date": "%d/%m/%Y",
	"time": "%H:%M:%S",
	"periods": [
		"AM",
		"PM"
	],
	"days": [
		"Chủ nhật",
		"Thứ hai",
		"Thứ ba",
		"Thứ tư",
		"Thứ năm",
		"Thứ sáu",
		"Thứ bảy"
	],
	"shortDays": [
		"CN",
		"Thứ 2",
		"Thứ 3",
		"Thứ 4",
		"Thứ 5",
		"Thứ 6",
		"Thứ 7"
	],
	"months": [
		"Tháng một",
		"Tháng hai",
		"Tháng ba",
		"Tháng tư",
		"Tháng năm",
		"Tháng sáu",
		"Tháng bảy",
		"Tháng tám",
		"Tháng chín",
		"Tháng mười",
		"Tháng mười một",
		"Tháng mười hai"
	],
	"shortMonths": [
		"Tháng 1",
		"Tháng 2",
		"Tháng 3",
		"Tháng 4",
		"Tháng 5",
		"Tháng 6",
		"Tháng 7",
		"Tháng 8",
		"Tháng 9",
		"Tháng 10",
		"Tháng 11",
		"Tháng 12"
	]
};

export const enGB: TimeLocaleDefinition = {
	"dateTime": "%a %e %b %X %Y",
	"date": "%d/%m/%Y",
	"time": "%H:%M:%S",
	"periods": [
		"AM",
		"PM"
	],
	"days": [
		"Sunday",
		"Monday",
		"Tuesday",
		"Wednesday",
		"Thursday",
		"Friday",
		"Saturday"
	],
	"shortDays": [
		"Sun",
		"Mon",
		"Tue",
		"Wed",
		"Thu",
		"Fri",
		"Sat"
	],
	"months": [
		"January",
		"February",
		"March",
		"April",
		"May",
		"June",
		"July",
		"August",
		"September",
		"October",
		"November",
		"December"
	],
	"shortMonths": [
		"Jan",
		"Feb",
		"Mar",
		"Apr",
		"May",
		"Jun",
		"Jul",
		"Aug",
		"Sep",
		"Oct",
		"Nov",
		"Dec"
	]
};
