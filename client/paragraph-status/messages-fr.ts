/** Les textes du verrou des paragraphes, en français. */
import type { paragraphLockEn } from './messages';

export const paragraphLockFr: Record<keyof typeof paragraphLockEn, string> = {
  'status.agreedAdRef': 'Convenu ad ref.',
  'lock.refusedConnection':
    'Une modification faite sur cet appareil touche un paragraphe convenu entre-temps : le serveur l’a refusée. Rechargez le texte en cours : les modifications non envoyées de cet appareil seront abandonnées.',
  'progress.detailAdRef': 'Convenus : {agreed} · convenus ad ref. : {adRef} · entre crochets : {bracketed} · ouverts : {open}',
  'lock.agreed': 'Convenu : le texte de ce paragraphe est verrouillé. Seule la présidence peut le rouvrir (le remettre en ouvert ou entre crochets).',
  'lock.agreedAdRef':
    'Convenu ad referendum (sous réserve de confirmation) : le texte de ce paragraphe est verrouillé. Seule la présidence peut le rouvrir (le remettre en ouvert ou entre crochets).',
};
