/** The servers compared in one run. */
export const SERVER_KINDS = ['concord', 'yws', 'hocuspocus', 'relay'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

export const SERVER_LABELS: Record<ServerKind, string> = {
  concord: 'Concord',
  yws: 'y-websocket (memory)',
  hocuspocus: 'Hocuspocus + SQLite',
  relay: 'raw relay (floor)',
};

export function isServerKind(value: string): value is ServerKind {
  return (SERVER_KINDS as readonly string[]).includes(value);
}
