/** The document limits' strings in French; the type makes every English key required here. */
import type { limitsEn } from './messages';

export const limitsFr: Record<keyof typeof limitsEn, string> = {
  'limits.blocksPerUpdate.paste': 'Ce collage ajoute {found} paragraphes ; {max} au plus peuvent être ajoutés en une fois. Rien n’a été collé : collez-le en plusieurs parties.',
  'limits.blocksPerUpdate.change': 'Cette modification ajoute {found} paragraphes ; {max} au plus peuvent être ajoutés en une fois. Elle n’a pas été faite.',
  'limits.blocksPerDocument.paste': 'Ce collage porterait le document à {found} paragraphes ; la limite est de {max}. Rien n’a été collé.',
  'limits.blocksPerDocument.change': 'Cette modification porterait le document à {found} paragraphes ; la limite est de {max}. Elle n’a pas été faite.',
  'limits.paragraphChars.paste': 'Ce collage porterait un paragraphe à {found} caractères ; la limite est de {max}. Rien n’a été collé.',
  'limits.paragraphChars.change': 'Cette modification porterait un paragraphe à {found} caractères ; la limite est de {max}. Elle n’a pas été faite.',
  'limits.includesUnsent': 'Le compte inclut les modifications faites hors ligne et pas encore envoyées ; elles partiront ensemble au retour de la connexion.',
  'limits.dismiss': 'Fermer',
};
