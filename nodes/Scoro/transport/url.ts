/**
 * The API base URL from what a user types as "Site URL": a bare subdomain (`acme`), the site
 * (`https://acme.scoro.com`), or a full API URL. FACT (D1): `https://<company>.scoro.com/api/v2`.
 * Any other http(s) URL is accepted as is (the local sandbox, private proxies).
 */
export function apiBaseUrl(site: string): string {
	const value = String(site ?? '')
		.trim()
		.replace(/\/+$/, '');
	if (value === '')
		throw new Error('The Scoro credential has no Site URL: enter your subdomain or https://<company>.scoro.com');
	if (/^[a-z0-9][a-z0-9-]*$/i.test(value)) return `https://${value.toLowerCase()}.scoro.com/api/v2`;
	if (!/^https?:\/\//i.test(value)) {
		throw new Error(`The Scoro Site URL "${value}" is neither a subdomain nor an http(s) URL`);
	}
	if (/\/api\/v2$/i.test(value)) return value;
	if (/\/api$/i.test(value)) return `${value}/v2`;
	return `${value}/api/v2`;
}
