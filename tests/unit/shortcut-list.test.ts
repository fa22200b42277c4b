import { describe, expect, it } from 'vitest';
import { opensShortcuts, SHORTCUT_SECTIONS } from '../../client/app/shortcuts/shortcut-list.js';
import { displayShortcut } from '../../client/editor/shortcuts.js';
import { en, fr } from '../../client/i18n/messages.js';

const press = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  ...modifiers,
});

describe('the shortcuts list', () => {
  it('opens on a plain ?, not with a modifier or once something handled the key', () => {
    expect(opensShortcuts(press('?'), null)).toBe(true);
    expect(opensShortcuts(press('/'), null)).toBe(false);
    expect(opensShortcuts(press('?', { ctrlKey: true }), null)).toBe(false);
    expect(opensShortcuts(press('?', { defaultPrevented: true }), null)).toBe(false);
  });

  it('writes named keys as they are and letters in capitals', () => {
    expect(displayShortcut('Escape')).toBe('Esc');
    expect(displayShortcut('Shift-Tab')).toBe('Shift+Tab');
    expect(displayShortcut('Mod-Alt-m')).toBe('Ctrl+Alt+M');
  });

  it('describes every shortcut in both languages', () => {
    for (const section of SHORTCUT_SECTIONS) {
      for (const key of [section.title, ...section.entries.map((entry) => entry.action)]) {
        expect(en[key]).toBeTruthy();
        expect(fr[key]).toBeTruthy();
        expect(fr[key]).not.toBe(en[key]);
      }
    }
  });
});
