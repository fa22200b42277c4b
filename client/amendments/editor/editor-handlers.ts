/**
 * The callbacks through which the amendment plugins reach the React layer around the editor. A class
 * on purpose: Tiptap deep-copies plain objects given as extension options, and the layer fills these
 * in after the editor exists, so the plugins must hold this very instance.
 */
import type { Refusal, SuggestingHandlers } from '../suggesting/suggesting-input';

export class EditorHandlers implements SuggestingHandlers {
  /** Opens the composer on the current selection (toolbar button, Mod-Alt-M). */
  compose?: () => void;
  onEnter?: (paragraphId: string | null) => void;
  onRefused?: (reason: Refusal) => void;
  bottomInset?: () => number;
}
