/** Opens the shortcuts dialog on `?` (outside fields and the text) or on `openShortcuts()` from a button. */
import { useEffect, useState } from 'react';
import { opensShortcuts } from './shortcut-list';
import { ShortcutsDialog } from './ShortcutsDialog';

const OPEN_EVENT = 'concord:shortcuts';

export function openShortcuts(): void {
  window.dispatchEvent(new Event(OPEN_EVENT));
}

export function ShortcutsHost() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!opensShortcuts(event, event.target)) return;
      event.preventDefault();
      setOpen(true);
    };
    const onOpen = () => setOpen(true);
    window.addEventListener('keydown', onKey);
    window.addEventListener(OPEN_EVENT, onOpen);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(OPEN_EVENT, onOpen);
    };
  }, []);
  return open ? <ShortcutsDialog onClose={() => setOpen(false)} /> : null;
}
