// The one place UNAUTHENTICATED is handled (the Apollo link) tells the session, which lives in
// React, through this tiny event channel.
type Listener = () => void;
const listeners = new Set<Listener>();

export const sessionEvents = {
  onExpired(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  expired(): void {
    for (const listener of listeners) listener();
  },
};
