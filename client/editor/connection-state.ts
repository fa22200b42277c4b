/** What the connection to the server is doing, in the four states the status pill shows. */
import type { WebsocketProvider } from 'y-websocket';

export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'connected' }
  | { kind: 'offline' }
  | { kind: 'refused'; code: number; reason: string };

/**
 * Calls `onChange` whenever the state changes. "connected" means synced with the server, so the text
 * on screen is the live one; after a first failure the page says "offline" until it is live again.
 */
export function watchConnection(provider: WebsocketProvider, onChange: (state: ConnectionState) => void): () => void {
  let failedOnce = false;
  let refusal: { code: number; reason: string } | null = null;

  const current = (): ConnectionState => {
    if (refusal) return { kind: 'refused', ...refusal };
    if (provider.wsconnected && provider.synced) return { kind: 'connected' };
    return failedOnce ? { kind: 'offline' } : { kind: 'connecting' };
  };
  const update = () => onChange(current());

  const onClose = () => {
    failedOnce = true;
    update();
  };
  const onClosed = (event: { code: number; reason: string }) => {
    refusal = { code: event.code, reason: event.reason };
    update();
  };
  // The socket can take many seconds to notice a lost network; the browser knows at once.
  const onBrowserOffline = () => {
    failedOnce = true;
    provider.disconnect();
    update();
  };
  const onBrowserOnline = () => {
    if (!refusal) provider.connect();
  };

  provider.on('status', update);
  provider.on('sync', update);
  provider.on('connection-close', onClose);
  provider.on('closed', onClosed);
  window.addEventListener('offline', onBrowserOffline);
  window.addEventListener('online', onBrowserOnline);
  update();
  return () => {
    provider.off('status', update);
    provider.off('sync', update);
    provider.off('connection-close', onClose);
    provider.off('closed', onClosed);
    window.removeEventListener('offline', onBrowserOffline);
    window.removeEventListener('online', onBrowserOnline);
  };
}
