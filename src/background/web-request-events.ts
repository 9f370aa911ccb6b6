/**
 * The `webRequest` event details the assembler reads (the subset both engines send) and the actions it
 * answers with. The platform hands the browser's details over untyped (src/platform/web-request-capture.ts);
 * web-request-listeners.ts names them with these shapes, which the browsers' wider details satisfy.
 */
import type { HeaderField } from '../core/http/header-fields';
import type { Exchange } from '../core/model';

export interface RequestDetailsBase {
  requestId: string;
  tabId: number;
  url: string;
  method: string;
  type: string;
  timeStamp: number;
}
export interface SendHeadersDetails extends RequestDetailsBase {
  requestHeaders?: HeaderField[];
}
export interface ResponseDetails extends RequestDetailsBase {
  statusCode: number;
  responseHeaders?: HeaderField[];
  fromCache?: boolean;
}
export interface RedirectDetails extends ResponseDetails {
  redirectUrl: string;
}
export interface ErrorDetails extends RequestDetailsBase {
  error: string;
}

export type CaptureAction =
  | { kind: 'navigate'; tabId: number; url: string }
  | { kind: 'exchange'; tabId: number; exchange: Exchange };
