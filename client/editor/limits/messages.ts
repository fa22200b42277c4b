/** The document limits' strings (a paste or change refused before it was sent), in English and French. */

export const limitsEn = {
  'limits.blocksPerUpdate.paste': 'This paste adds {found} paragraphs; at most {max} can be added at once. Nothing was pasted: paste it in smaller parts.',
  'limits.blocksPerUpdate.change': 'This change adds {found} paragraphs; at most {max} can be added at once. It was not made.',
  'limits.blocksPerDocument.paste': 'This paste would make the document {found} paragraphs long; the limit is {max}. Nothing was pasted.',
  'limits.blocksPerDocument.change': 'This change would make the document {found} paragraphs long; the limit is {max}. It was not made.',
  'limits.paragraphChars.paste': 'This paste would make a paragraph {found} characters long; the limit is {max}. Nothing was pasted.',
  'limits.paragraphChars.change': 'This change would make a paragraph {found} characters long; the limit is {max}. It was not made.',
  'limits.includesUnsent': 'The count includes the changes made offline that have not been sent yet; they will be sent together when the connection returns.',
  'limits.dismiss': 'Dismiss',
} as const;

export { limitsFr } from './messages-fr';
