/** Counts the collaboration sockets each participant holds on each document, against a cap. */

export class ParticipantSockets {
  private readonly open = new Map<string, number>();

  constructor(private readonly perParticipant: number) {}

  /** Takes a place for one more socket; returns the function that gives it back, or null when full. */
  admit(documentId: string, participantId: string): (() => void) | null {
    const key = `${documentId}\u0000${participantId}`;
    const count = this.open.get(key) ?? 0;
    if (count >= this.perParticipant) return null;
    this.open.set(key, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(key) ?? 1) - 1;
      if (left > 0) this.open.set(key, left);
      else this.open.delete(key);
    };
  }
}
