/**
 * Every help text of the CLI in one place, so `cookie-lens --help` and each command's `--help` cannot
 * disagree: the top help is built from the commands' own synopses (test/unit/cli/help.spec.ts).
 */

export const AUDIT_SYNOPSIS =
  'cookie-lens audit <file.har>... [--format table|json|md|sarif] [--fail-on high|medium|low|info [--allow-partial]] [--site SITE]';

export const DECODE_SYNOPSIS =
  'cookie-lens decode <value> [--secret S | --jwk FILE | --pem FILE] [--name COOKIE] [--json] [--fail-on LEVELS]';

const EXIT_CODES = `exit codes:
  0  done, nothing at or above --fail-on
  1  something at or above --fail-on (a finding, or for decode a signature that does not verify)
  2  bad usage or unusable input: one line on stderr naming the file or option and the problem`;

export const AUDIT_HELP = `usage: ${AUDIT_SYNOPSIS}

Audits the cookies of one or more HAR files (DevTools > Network > Export HAR, or the Cookies panel's
export). Each file is analysed on its own: a file is one browsing session. Use - to read a HAR from stdin.

options:
  --format F     table (default; colours on a terminal unless NO_COLOR is set), json (the library's
                 audit() report; an array of {file, report} for several files), md (Markdown for an
                 issue or pull request) or sarif (SARIF 2.1.0 for code scanning, one run per file)
  --fail-on L    exit 1 when any finding is at or above severity L: high, medium, low or info. A file
                 a bound cut short (over 500,000 entries, headers over 1 MB, …: each is said on stderr
                 and in the report's "limits") cannot pass: exit 2
  --allow-partial  with --fail-on, judge what was read of such a file instead of exiting 2
  --site SITE    only this registrable domain (example.com) in every section: requests, cookies,
                 findings and sites. A site that is in none of the files is an error listing those that are
  -h, --help     show this help

${EXIT_CODES}

examples:
  cookie-lens audit capture.har
  cookie-lens audit recordings/*.har --format sarif --fail-on high > cookies.sarif
  curl -s https://example.com/capture.har | cookie-lens audit - --site example.com --format json`;

export const DECODE_HELP = `usage: ${DECODE_SYNOPSIS}

Explains one cookie or header value: percent and base64 layers, JWT header and claims with human times,
express s: signed and j: JSON values; verifies a signature when given a key; tries well-known secrets.

options:
  --secret S     verify an HMAC JWT or an s: value with this secret
  --jwk FILE     verify a JWT with a JSON Web Key or a JWK Set from FILE
  --pem FILE     verify a JWT with a PEM public key or certificate from FILE
  --name COOKIE  the cookie's name, used in the findings' messages
  --json         print the result as JSON
  --fail-on L    exit 1 when any of the comma-separated conditions holds: invalid (the signature does not
                 verify or the token is expired or not yet valid; needs a key), or a severity (high,
                 medium, low, info) meaning a finding at or above it
  -h, --help     show this help

${EXIT_CODES}

examples:
  cookie-lens decode 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln'
  cookie-lens decode 's:abc.BpxCrWRpvZMh/wk/djl34N+m+VQEU7K/5WenLwJCgFU' --secret 'keyboard cat'
  cookie-lens decode "$TOKEN" --pem public.pem --fail-on invalid,high`;

export const TOP_HELP = `usage: cookie-lens <command> [options]

commands:
  ${AUDIT_SYNOPSIS}
      audit HAR files: sites with a grade, cookies, findings (cookie-lens audit --help)
  ${DECODE_SYNOPSIS}
      explain and verify one value (cookie-lens decode --help)

options:
  -h, --help     show this help
  -v, --version  print the version

${EXIT_CODES}

examples:
  cookie-lens audit capture.har
  cookie-lens audit a.har b.har --format sarif --fail-on high > cookies.sarif
  cookie-lens decode 's:abc.BpxCrWRpvZMh/wk/djl34N+m+VQEU7K/5WenLwJCgFU' --secret 'keyboard cat'`;
