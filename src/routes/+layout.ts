// Everything is prerendered: the dashboard is a static site.
export const prerender = true;
export const trailingSlash = 'never';
