/** The French export captions; French typography puts a non-breaking space before a colon. */
import type { ExportCaptions } from './export-captions.js';

const COLON = '\u00a0:';

export const FRENCH_CAPTIONS: ExportCaptions = {
  htmlLang: 'fr',
  colon: COLON,
  aknLang: 'fra',
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  variants: {
    clean: 'Texte propre',
    tracked: 'Texte avec les amendements en cours, suivis par groupe de parties prenantes',
    compilation: 'Compilation des amendements',
  },
  statuses: {
    proposed: 'Proposé',
    accepted: 'Accepté',
    rejected: 'Rejeté',
    withdrawn: 'Retiré',
    stale: 'Caduc (le texte qu’il modifie a changé)',
  },
  facts: { status: 'Statut', proposedBy: 'Proposé par', cosponsors: 'Coauteurs', rationale: 'Justification', decision: 'Décision' },
  decision: (by, date, note) => `${by}, ${date}${note ? `${COLON} ${note}` : ''}`,
  change: {
    replace: 'Remplacer {deleted} par {inserted}',
    insertAfter: 'Insérer {inserted} après «\u00a0{where}\u00a0»',
    insertAtStart: 'Insérer {inserted} au début',
    delete: 'Supprimer {deleted}',
    insertParagraph: {
      heading: `Insérer un nouvel intertitre après celui-ci${COLON} {inserted}`,
      preambular: `Insérer un nouvel alinéa du préambule après celui-ci${COLON} {inserted}`,
      operative: `Insérer un nouveau paragraphe du dispositif après celui-ci${COLON} {inserted}`,
      subparagraph: `Insérer une nouvelle subdivision après celle-ci${COLON} {inserted}`,
      paragraph: `Insérer un nouveau paragraphe après celui-ci${COLON} {inserted}`,
    },
    deleteParagraph: `Supprimer le paragraphe${COLON} {deleted}`,
  },
  refs: {
    title: 'titre',
    heading: 'intertitre',
    preambular: (n) => `alinéa ${n} du préambule`,
    operative: (number) => `paragraphe ${number}`,
    subparagraph: (operative, number) => `paragraphe ${operative} ${number}`,
    looseSubItem: (number) => `subdivision ${number}`,
    newParagraphAfter: (ref) => `nouveau paragraphe (après ${ref})`,
  },
  alsoProposed: (ref) => `Autres propositions — ${ref} (chevauchement, ou texte modifié depuis)`,
  amendmentsTo: (ref) => `Amendements — ${ref}`,
  orphans: 'Amendements à des paragraphes absents de ce texte',
  liveText: 'Texte en cours',
  exportedOn: (date) => `exporté le ${date}`,
  unknownGroup: 'Groupe inconnu',
  legend: { label: 'Légende', openAmendments: 'Amendements en cours', deleted: 'texte supprimé', inserted: 'texte inséré', group: 'groupe auteur', eachFollowed: ', chacun suivi du groupe qui le propose.' },
  page: { before: 'Page ', between: ' sur ' },
  akn: { chair: 'La présidence', author: 'Auteur' },
};
