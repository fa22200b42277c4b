/** Sign-in links: the token rides in the URL fragment, so it never reaches a server log. */
import type { ServerConfig } from '../config.js';

export function baseUrl(config: Pick<ServerConfig, 'publicUrl' | 'host' | 'port'>): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/$/, '');
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return `http://${host}:${config.port}`;
}

export function signInUrl(config: Pick<ServerConfig, 'publicUrl' | 'host' | 'port'>, documentId: string, token: string): string {
  return `${baseUrl(config)}/d/${encodeURIComponent(documentId)}#token=${token}`;
}
