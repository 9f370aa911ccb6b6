/**
 * Background (service worker in Chrome, event page in Firefox). Assume it dies at any moment
 * (house style §4): state goes to storage.session, never module variables alone.
 */
import { browser } from '../platform/browser';
import { dispatch, handlers } from './message-handlers';

browser.runtime.onMessage.addListener((message: unknown) => dispatch(handlers, message));
