/**
 * The background's side of the webRequest capture: the platform's listeners
 * (src/platform/web-request-capture.ts) feed one WebRequestAssembler, whose actions (navigate a tab,
 * add an exchange) go to `onActions`. The browsers' details are wider than the assembler's shapes
 * (web-request-events.ts), which they satisfy; the assembler checks what it reads.
 */
import type { WebRequestListeners } from '../platform/web-request-capture';
import { WebRequestAssembler } from './web-request-assembly';
import type {
  CaptureAction,
  ErrorDetails,
  RedirectDetails,
  ResponseDetails,
  SendHeadersDetails,
} from './web-request-events';

export function assemblerListeners(
  onActions: (actions: CaptureAction[]) => void,
  assembler = new WebRequestAssembler(),
): WebRequestListeners {
  const emit = (actions: CaptureAction[]) => {
    if (actions.length) onActions(actions);
  };
  return {
    beforeSendHeaders: (d) => emit(assembler.beforeSendHeaders(d as SendHeadersDetails)),
    headersReceived: (d) => emit(assembler.headersReceived(d as ResponseDetails)),
    beforeRedirect: (d) => emit(assembler.beforeRedirect(d as RedirectDetails)),
    completed: (d) => emit(assembler.completed(d as ResponseDetails)),
    errorOccurred: (d) => emit(assembler.errorOccurred(d as ErrorDetails)),
  };
}
