/** A page for the layout e2e: an auth JWT, two connect.sid cookies, a tracker, a rejected cookie. */
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdHVkZW50IiwiZXhwIjo0MTAyNDQ0ODAwfQ.c2lnbmF0dXJlLWZvci10ZXN0cw';

export const LAYOUT_ROUTES = {
  '/': {
    body: '<!doctype html><title>layout</title><link rel="icon" href="data:,"><h1>layout</h1><img src="/api/img" alt="">',
    setCookie: [
      `access_token=${JWT}; Path=/; HttpOnly; SameSite=Lax; Max-Age=900`,
      'connect.sid=s%3Aabc.def; Path=/; HttpOnly',
      '_ga=GA1.1.123.456; Max-Age=31536000',
      'theme=dark; Path=/',
      'cross=1; SameSite=None',
    ],
  },
  '/api/img': {
    contentType: 'image/svg+xml',
    body: '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
    setCookie: ['connect.sid=s%3Axyz.uvw; Path=/api; HttpOnly'],
  },
};
