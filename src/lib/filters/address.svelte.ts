/**
 * A page that follows its address: the prerendered HTML is the unfiltered view in the default
 * language; once running in a browser, the page reads its filters from the URL (on load, back and
 * forward) and its language from `?lang=`, else the browser's languages. Shared by the dashboard and
 * /embed so both read an address the same way.
 */
import { onMount } from 'svelte';
import { page } from '$app/state';
import { DEFAULT_LANG, resolveLang } from '$lib/i18n';
import type { FilterState } from './filters.svelte';

export class AddressView {
	/** True once the page runs in a browser. */
	hydrated = $state(false);
	browserLangs = $state<readonly string[]>([]);
	readonly fs: FilterState;
	readonly lang = $derived.by(() => (this.hydrated ? resolveLang(this.fs.filters.lang, this.browserLangs) : DEFAULT_LANG));

	/** Call during component initialisation (it registers onMount and an effect). */
	constructor(fs: FilterState) {
		this.fs = fs;
		onMount(() => {
			this.browserLangs = navigator.languages ?? [navigator.language];
			this.hydrated = true;
		});
		$effect(() => {
			if (this.hydrated) fs.read(page.url.searchParams);
		});
	}
}
