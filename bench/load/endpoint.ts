/** Where and how a benchmark client connects: plain y-websocket or the Hocuspocus protocol. */
export type ClientProtocol = 'y-websocket' | 'hocuspocus';

export interface Endpoint {
  protocol: ClientProtocol;
  /** y-websocket: the URL the room name is appended to; Hocuspocus: the server URL. */
  serverUrl: string;
  room: string;
  token?: string;
}
