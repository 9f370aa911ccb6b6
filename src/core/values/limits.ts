/**
 * Bounds for value decoding. Cookie values are attacker-controlled, so every loop and every buffer
 * has a ceiling (docs/architecture.md §9 "bounded memory").
 */

/** Inputs longer than this are not peeled at all: a cookie is at most 4096 bytes (RFC 6265bis §5.6),
 * an Authorization header is rarely above a few KB; 64 KB leaves room for fat Bearer tokens. */
export const MAX_VALUE_CHARS = 64 * 1024;

/** Maximum number of layers peeled; real values rarely need more than 4 (percent → s: → j: → JSON). */
export const MAX_LAYERS = 8;

/** JSON walk bounds when searching for tokens nested in a JSON document. */
export const MAX_JSON_DEPTH = 16;
export const MAX_JSON_NODES = 2000;

/** Largest JWT we decode (a JWT in a cookie is < 4 KB; Bearer tokens can be larger). */
export const MAX_TOKEN_CHARS = 64 * 1024;
