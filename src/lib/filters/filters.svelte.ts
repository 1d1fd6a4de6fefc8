/**
 * Reactive filter state bound to the URL. The URL is the one source of truth:
 * the page calls `read()` whenever the address changes (load, back, forward), and
 * every change the user makes becomes a new address through `href()` (then `goto`),
 * so reload, share, back and forward all give the same view.
 */
import { defaultFilters, isFiltering, parseFilters, serializeFilters, type Filters, type Known, type Rejected } from './filters';

export class FilterState {
	filters = $state<Filters>(defaultFilters());
	rejected = $state<Rejected[]>([]);
	/** False until the client has read the address: the prerendered page shows the unfiltered view. */
	ready = $state(false);
	readonly active = $derived(isFiltering(this.filters));
	#known: Known;

	constructor(known: Known) {
		this.#known = known;
	}

	/** Reads filters from an address's query; remembers what it had to ignore. */
	read(params: URLSearchParams): void {
		const { filters, rejected } = parseFilters(params, this.#known);
		this.filters = filters;
		this.rejected = rejected;
		this.ready = true;
	}

	/** The relative address ("?…", or "?" for none) of the current filters changed by `patch`. */
	href(patch: Partial<Filters> = {}): string {
		return `?${serializeFilters({ ...this.filters, ...patch })}`;
	}

	/** Toggles one value in a multi-valued filter and returns the address for it. */
	toggle<K extends 'cities' | 'leaders' | 'types'>(key: K, value: Filters[K][number]): string {
		const list = this.filters[key] as string[];
		const next = list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
		return this.href({ [key]: next } as Partial<Filters>);
	}
}
